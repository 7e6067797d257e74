package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;
import java.util.Objects;

/** {@code /databases/{uuid}/backups}: one database's backup schedules and their runs. Thread-safe. */
public final class BackupSchedules {
  private final HttpTransport http;
  private final String databaseUuid;

  BackupSchedules(HttpTransport http, String databaseUuid) {
    this.http = http;
    this.databaseUuid = Objects.requireNonNull(databaseUuid, "databaseUuid");
  }

  public List<BackupSchedule> list() {
    return http.execute(ApiCall.get(path(), Types.newParameterizedType(List.class, BackupSchedule.class)));
  }

  /** Creates a schedule; returns its uuid. Not repeated on an ambiguous failure (a second schedule would run). */
  public String create(BackupScheduleRequest request) {
    return http.execute(ApiCall.<Envelopes.Uuid>post(path(), request.body(), Envelopes.Uuid.class)).uuid();
  }

  /** Changes a schedule; fields not set in {@code update} are left alone. Repeatable. */
  public void update(String scheduleUuid, BackupScheduleUpdate update) {
    http.execute(ApiCall.<Envelopes.Message>patch(path() + Paths.of(scheduleUuid), update.body(),
        Envelopes.Message.class).toBuilder().idempotent(true).build());
  }

  /**
   * Deletes a schedule and its runs; a retry that finds it gone counts as done.
   *
   * @param deleteS3 also delete its backups on S3
   */
  public void delete(String scheduleUuid, boolean deleteS3) {
    http.execute(ApiCall.<Envelopes.Message>delete(path() + Paths.of(scheduleUuid), Envelopes.Message.class)
        .toBuilder().goneIsSuccess(null).build().query("delete_s3", deleteS3 ? "true" : null));
  }

  /** The runs of a schedule, newest first as Coolify sends them. */
  public List<BackupExecution> executions(String scheduleUuid) {
    record Executions(List<BackupExecution> executions) {}
    return http.execute(ApiCall.<Executions>get(path() + Paths.of(scheduleUuid, "executions"), Executions.class))
        .executions();
  }

  private String path() {
    return Paths.of("databases", databaseUuid, "backups");
  }
}
