package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Patch;
import java.time.Duration;

/**
 * Changes to a backup schedule: each field is left alone unless set. Coolify cannot clear a field here (the document
 * declares none of them nullable), so there is no "clear": {@link Builder#stopSavingToS3()} turns uploads off and
 * keeps the storage. Immutable; build with {@link #builder()}.
 */
public final class BackupScheduleUpdate {
  /** The JSON body: unset fields are not sent. */
  record Body(Patch<String> frequency, Patch<Boolean> enabled, Patch<Boolean> saveS3, Patch<String> s3StorageUuid,
      Patch<String> databasesToBackup, Patch<Boolean> dumpAll, Patch<Boolean> backupNow,
      Patch<Integer> databaseBackupRetentionAmountLocally, Patch<Integer> databaseBackupRetentionDaysLocally,
      Patch<Integer> timeout) {}

  private final Body body;

  private BackupScheduleUpdate(Body body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return "BackupScheduleUpdate" + body;
  }

  /** Sets or clears fields. Not thread-safe. */
  public static final class Builder {
    private Patch<String> frequency = Patch.unset(), s3 = Patch.unset(), databases = Patch.unset();
    private Patch<Boolean> enabled = Patch.unset(), saveS3 = Patch.unset(), dumpAll = Patch.unset();
    private Patch<Boolean> backupNow = Patch.unset();
    private Patch<Integer> keep = Patch.unset(), days = Patch.unset(), timeout = Patch.unset();

    private Builder() {}

    public Builder frequency(String frequency) {
      this.frequency = Patch.set(Frequencies.checked(frequency));
      return this;
    }

    public Builder enabled(boolean enabled) {
      this.enabled = Patch.set(enabled);
      return this;
    }

    /** Upload to this S3 storage from now on. */
    public Builder saveToS3(String s3StorageUuid) {
      this.saveS3 = Patch.set(true);
      this.s3 = Patch.set(s3StorageUuid);
      return this;
    }

    /** Stop uploading to S3 (the storage setting stays, for turning it on again). */
    public Builder stopSavingToS3() {
      this.saveS3 = Patch.set(false);
      return this;
    }

    public Builder databases(String commaSeparated) {
      this.databases = Patch.set(commaSeparated);
      return this;
    }

    public Builder dumpAll(boolean dumpAll) {
      this.dumpAll = Patch.set(dumpAll);
      return this;
    }

    public Builder backupNow() {
      this.backupNow = Patch.set(true);
      return this;
    }

    public Builder retainLocally(int amount, int days) {
      this.keep = Patch.set(Frequencies.nonNegative("amount", amount));
      this.days = Patch.set(Frequencies.nonNegative("days", days));
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = Patch.set(Frequencies.timeoutSeconds(timeout));
      return this;
    }

    public BackupScheduleUpdate build() {
      return new BackupScheduleUpdate(new Body(frequency, enabled, saveS3, s3, databases, dumpAll, backupNow, keep,
          days, timeout));
    }
  }
}
