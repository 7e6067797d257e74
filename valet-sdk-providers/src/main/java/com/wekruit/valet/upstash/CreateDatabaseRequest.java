package com.wekruit.valet.upstash;

import java.util.List;
import java.util.Objects;

/**
 * A new global Redis database: name, platform ({@code aws} or {@code gcp}), primary region, optional read regions
 * (not including the primary), plan, budget and eviction. TLS is always on. Immutable.
 */
public final class CreateDatabaseRequest {
  private final Body body;

  private CreateDatabaseRequest(Body body) {
    this.body = body;
  }

  /** A database in {@code primaryRegion} (e.g. {@code eu-central-1}) on AWS. */
  public static Builder builder(String name, String primaryRegion) {
    return new Builder(Objects.requireNonNull(name, "name"), Objects.requireNonNull(primaryRegion, "primaryRegion"));
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return "CreateDatabaseRequest" + body;
  }

  record Body(String databaseName, String platform, String primaryRegion, List<String> readRegions, String plan,
      Long budget, Boolean eviction) {}

  /** Builds a {@link CreateDatabaseRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final String primaryRegion;
    private String platform = "aws";
    private List<String> readRegions;
    private String plan;
    private Long budget;
    private Boolean eviction;

    private Builder(String name, String primaryRegion) {
      if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
      this.name = name;
      this.primaryRegion = primaryRegion;
    }

    /** {@code aws} (default) or {@code gcp}. */
    public Builder platform(String platform) {
      if (!platform.equals("aws") && !platform.equals("gcp")) {
        throw new IllegalArgumentException("platform must be aws or gcp, was " + platform);
      }
      this.platform = platform;
      return this;
    }

    /** Read replicas; the primary region must not be among them. */
    public Builder readRegions(List<String> regions) {
      if (regions.contains(primaryRegion)) {
        throw new IllegalArgumentException("read regions must not include the primary region " + primaryRegion);
      }
      this.readRegions = List.copyOf(regions);
      return this;
    }

    /** e.g. {@code free}, {@code payg}, {@code fixed_1gb}. */
    public Builder plan(String plan) {
      this.plan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /** Monthly budget for pay-as-you-go; once reached, Upstash throttles the database. */
    public Builder budget(long budget) {
      if (budget < 0) throw new IllegalArgumentException("budget must not be negative");
      this.budget = budget;
      return this;
    }

    public Builder eviction(boolean eviction) {
      this.eviction = eviction;
      return this;
    }

    public CreateDatabaseRequest build() {
      return new CreateDatabaseRequest(new Body(name, platform, primaryRegion, readRegions, plan, budget, eviction));
    }
  }
}
