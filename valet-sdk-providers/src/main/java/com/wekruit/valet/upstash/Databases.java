package com.wekruit.valet.upstash;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;
import java.util.Objects;

/**
 * Redis databases of the account: list (one answer, no pages), read, create, delete, rename, reset the password,
 * eviction on/off, read regions, stats. Creates and other POSTs are never repeated unless Upstash rejected them
 * (429). Thread-safe.
 */
public final class Databases {
  private final HttpTransport http;

  Databases(HttpTransport http) {
    this.http = http;
  }

  public List<RedisDatabase> list() {
    return http.execute(ApiCall.<List<RedisDatabase>>get("/redis/databases",
        Types.newParameterizedType(List.class, RedisDatabase.class)));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such database */
  public RedisDatabase get(String id) {
    return http.execute(ApiCall.<RedisDatabase>get(Paths.of("redis", "database", id), RedisDatabase.class));
  }

  /** The database without its password and tokens ({@code ?credentials=hide}). */
  public RedisDatabase getWithoutCredentials(String id) {
    return http.execute(ApiCall.<RedisDatabase>get(Paths.of("redis", "database", id), RedisDatabase.class)
        .query("credentials", "hide"));
  }

  public RedisDatabase create(CreateDatabaseRequest request) {
    return http.execute(ApiCall.<RedisDatabase>post("/redis/database", request.body(), RedisDatabase.class));
  }

  /**
   * Deletes a database. A repeated delete after an ambiguous first attempt that finds it gone counts as done; a
   * plain 404 stays an error (Upstash answers {@code "database not found"}).
   */
  public void delete(String id) {
    http.execute(ApiCall.<Void>builder("DELETE", Paths.of("redis", "database", id), OkReply.CODEC)
        .goneIsSuccess(null).build());
  }

  /** Renames the database in place (its endpoint and data stay). */
  public RedisDatabase rename(String id, String newName) {
    if (newName == null || newName.isBlank()) throw new IllegalArgumentException("newName must not be blank");
    record Body(String name) {}
    return http.execute(ApiCall.<RedisDatabase>post(Paths.of("redis", "rename", id), new Body(newName),
        RedisDatabase.class));
  }

  /** New password and REST tokens; the old ones stop working at once. */
  public RedisDatabase resetPassword(String id) {
    return http.execute(ApiCall.<RedisDatabase>post(Paths.of("redis", "reset-password", id), null,
        RedisDatabase.class));
  }

  /** Evicts keys when the database is full instead of refusing writes. */
  public void enableEviction(String id) {
    ok(Paths.of("redis", "enable-eviction", id), null);
  }

  public void disableEviction(String id) {
    ok(Paths.of("redis", "disable-eviction", id), null);
  }

  /** Replaces the read regions (the primary region must not be among them). */
  public void updateRegions(String id, List<String> readRegions) {
    Objects.requireNonNull(readRegions, "readRegions");
    record Body(List<String> readRegions) {}
    ok(Paths.of("redis", "update-regions", id), new Body(List.copyOf(readRegions)));
  }

  /** Usage time series and counters; Go-style timestamps are parsed into instants. */
  public DatabaseStats stats(String id) {
    return http.execute(ApiCall.builder("GET", Paths.of("redis", "stats", id), StatsWire.CODEC).build());
  }

  private void ok(String path, Object body) {
    http.execute(ApiCall.<Void>builder("POST", path, OkReply.CODEC).json(body).build());
  }
}
