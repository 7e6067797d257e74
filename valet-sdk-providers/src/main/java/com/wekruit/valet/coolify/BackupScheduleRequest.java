package com.wekruit.valet.coolify;

import java.time.Duration;
import java.util.Objects;

/** A backup schedule to create for a database. Immutable; build with {@link #builder(String)}. */
public final class BackupScheduleRequest {
  /** The JSON body; unset fields are not sent. */
  record Body(String frequency, Boolean enabled, Boolean saveS3, String s3StorageUuid, String databasesToBackup,
      Boolean dumpAll, Boolean backupNow, Integer databaseBackupRetentionAmountLocally,
      Integer databaseBackupRetentionDaysLocally, Integer databaseBackupRetentionAmountS3,
      Integer databaseBackupRetentionDaysS3, Integer timeout) {}

  private final Body body;

  private BackupScheduleRequest(Body body) {
    this.body = body;
  }

  /** @param frequency a cron expression or {@code every_minute|hourly|daily|weekly|monthly|yearly} */
  public static Builder builder(String frequency) {
    return new Builder(Frequencies.checked(frequency));
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return "BackupScheduleRequest" + body;
  }

  /** Optional settings. Not thread-safe. */
  public static final class Builder {
    private final String frequency;
    private Boolean enabled, saveS3, dumpAll, backupNow;
    private String s3StorageUuid, databases;
    private Integer keepLocal, daysLocal, keepS3, daysS3, timeout;

    private Builder(String frequency) {
      this.frequency = frequency;
    }

    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Also upload each backup to this S3 storage (e.g. an R2 bucket registered in Coolify). */
    public Builder saveToS3(String s3StorageUuid) {
      this.saveS3 = true;
      this.s3StorageUuid = Objects.requireNonNull(s3StorageUuid, "s3StorageUuid");
      return this;
    }

    /** Comma-separated database names inside the server; default all of the configured one. */
    public Builder databases(String commaSeparated) {
      this.databases = commaSeparated;
      return this;
    }

    public Builder dumpAll(boolean dumpAll) {
      this.dumpAll = dumpAll;
      return this;
    }

    /** Run one backup right after creating the schedule. */
    public Builder backupNow(boolean backupNow) {
      this.backupNow = backupNow;
      return this;
    }

    /** Keep at most {@code amount} backups, none older than {@code days} (0 = no limit), on the server. */
    public Builder retainLocally(int amount, int days) {
      this.keepLocal = Frequencies.nonNegative("amount", amount);
      this.daysLocal = Frequencies.nonNegative("days", days);
      return this;
    }

    /** The same for S3. */
    public Builder retainOnS3(int amount, int days) {
      this.keepS3 = Frequencies.nonNegative("amount", amount);
      this.daysS3 = Frequencies.nonNegative("days", days);
      return this;
    }

    /** Longest a backup may run, 1 minute to 10 hours (Coolify's default 1 hour). */
    public Builder timeout(Duration timeout) {
      this.timeout = Frequencies.timeoutSeconds(timeout);
      return this;
    }

    public BackupScheduleRequest build() {
      return new BackupScheduleRequest(new Body(frequency, enabled, saveS3, s3StorageUuid, databases, dumpAll,
          backupNow, keepLocal, daysLocal, keepS3, daysS3, timeout));
    }
  }
}
