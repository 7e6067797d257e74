package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;

/** {@code /databases}: list, read, create PostgreSQL and Redis, and backup schedules. Thread-safe. */
public final class Databases {
  private final HttpTransport http;

  Databases(HttpTransport http) {
    this.http = http;
  }

  public List<Database> list() {
    return http.execute(ApiCall.get("/databases", Types.newParameterizedType(List.class, Database.class)));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such database */
  public Database get(String uuid) {
    return http.execute(ApiCall.get(Paths.of("databases", uuid), Database.class));
  }

  /**
   * Creates a database ({@code POST /databases/postgresql} or {@code /redis}). Never repeated on an ambiguous
   * failure: look it up by name in {@link #list()} before trying again.
   */
  public CreatedDatabase create(CreateDatabaseRequest request) {
    String engine = request.engine() == CreateDatabaseRequest.Engine.POSTGRESQL ? "postgresql" : "redis";
    ApiCall.Builder<CreatedDatabase> b = ApiCall.<CreatedDatabase>post(Paths.of("databases", engine), request.body(),
        CreatedDatabase.class).toBuilder();
    if (request.password() != null) Calls.secret(b, request.password());
    return http.execute(b.build());
  }

  /** The backup schedules of a database. */
  public BackupSchedules backups(String databaseUuid) {
    return new BackupSchedules(http, databaseUuid);
  }
}
