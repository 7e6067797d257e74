package com.wekruit.valet.coolify;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL or Redis database to create on a server, in a project's environment. Coolify rejects fields of another
 * engine, so the builder does too. Passwords never show in {@link #toString()}. Immutable.
 */
public final class CreateDatabaseRequest {
  /** The engines this client creates. */
  public enum Engine { POSTGRESQL, REDIS }

  /** The JSON body; unset fields are not sent. The spec marks both environment fields required; one is enough. */
  record Body(String serverUuid, String projectUuid, String environmentName, String environmentUuid,
      String destinationUuid, String name, String description, String image, Boolean isPublic, Integer publicPort,
      String limitsMemory, String limitsCpus, Boolean instantDeploy, List<String> tags, String postgresUser,
      String postgresPassword, String postgresDb, String postgresInitdbArgs, String postgresConf,
      String redisPassword, String redisConf) {}

  private final Engine engine;
  private final Body body;

  private CreateDatabaseRequest(Engine engine, Body body) {
    this.engine = engine;
    this.body = body;
  }

  /** A PostgreSQL database in the environment named {@code environmentName} (see {@link Builder#environmentUuid}). */
  public static Builder postgres(String serverUuid, String projectUuid, String environmentName) {
    return new Builder(Engine.POSTGRESQL, serverUuid, projectUuid, environmentName);
  }

  public static Builder redis(String serverUuid, String projectUuid, String environmentName) {
    return new Builder(Engine.REDIS, serverUuid, projectUuid, environmentName);
  }

  public Engine engine() {
    return engine;
  }

  Body body() {
    return body;
  }

  /** The password to keep out of messages, or {@code null}. */
  String password() {
    return engine == Engine.POSTGRESQL ? body.postgresPassword() : body.redisPassword();
  }

  @Override
  public String toString() {
    return "CreateDatabaseRequest[" + engine + " " + body.name() + " on " + body.serverUuid() + ", password "
        + (password() == null ? "generated" : "****") + "]";
  }

  /** Options of a {@link CreateDatabaseRequest}. Not thread-safe. */
  public static final class Builder {
    private final Engine engine;
    private final String server;
    private final String project;
    private String environmentName;
    private String environmentUuid;
    private String destination, name, description, image, memory, cpus, user, password, db, initdbArgs, conf;
    private Boolean isPublic, instantDeploy;
    private Integer publicPort;
    private List<String> tags;

    private Builder(Engine engine, String server, String project, String environmentName) {
      this.engine = engine;
      this.server = text("serverUuid", server);
      this.project = text("projectUuid", project);
      this.environmentName = text("environmentName", environmentName);
    }

    /** Names the environment by uuid instead of by name (only one of them is sent). */
    public Builder environmentUuid(String uuid) {
      this.environmentUuid = text("environmentUuid", uuid);
      this.environmentName = null;
      return this;
    }

    public Builder destinationUuid(String uuid) {
      this.destination = text("destinationUuid", uuid);
      return this;
    }

    public Builder name(String name) {
      this.name = text("name", name);
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The Docker image, e.g. {@code postgres:16-alpine}. */
    public Builder image(String image) {
      this.image = text("image", image);
      return this;
    }

    /** Exposes the database on a public port of the server. */
    public Builder publicPort(int port) {
      if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
      this.isPublic = true;
      this.publicPort = port;
      return this;
    }

    /** Docker limits, e.g. {@code "512m"} and {@code "1.5"}. */
    public Builder limits(String memory, String cpus) {
      this.memory = memory;
      this.cpus = cpus;
      return this;
    }

    /** Start it right away. */
    public Builder instantDeploy(boolean instantDeploy) {
      this.instantDeploy = instantDeploy;
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = List.copyOf(tags);
      return this;
    }

    /** PostgreSQL: user, password (or Coolify generates one) and database name. */
    public Builder postgres(String user, String password, String db) {
      requireEngine(Engine.POSTGRESQL);
      this.user = user;
      this.password = password;
      this.db = db;
      return this;
    }

    /** PostgreSQL: {@code initdb} arguments. */
    public Builder initdbArgs(String args) {
      requireEngine(Engine.POSTGRESQL);
      this.initdbArgs = args;
      return this;
    }

    /** Redis: the password (or Coolify generates one). */
    public Builder redisPassword(String password) {
      requireEngine(Engine.REDIS);
      this.password = password;
      return this;
    }

    /** The engine's configuration file content ({@code postgresql.conf} or {@code redis.conf}). */
    public Builder conf(String conf) {
      this.conf = conf;
      return this;
    }

    public CreateDatabaseRequest build() {
      boolean pg = engine == Engine.POSTGRESQL;
      return new CreateDatabaseRequest(engine, new Body(server, project, environmentName, environmentUuid,
          destination, name, description, image, isPublic, publicPort, memory, cpus, instantDeploy, tags,
          pg ? user : null, pg ? password : null, pg ? db : null, pg ? initdbArgs : null, pg ? conf : null,
          pg ? null : password, pg ? null : conf));
    }

    private void requireEngine(Engine wanted) {
      if (engine != wanted) throw new IllegalStateException("not a " + wanted + " option; this is " + engine);
    }

    private static String text(String field, String value) {
      if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
      return value;
    }
  }
}
