package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;
import java.util.List;

/**
 * A database's scheduled backup as the API sends it (the spec only has a placeholder string for this list).
 *
 * @param frequency cron expression or {@code every_minute}, {@code hourly}, {@code daily}, {@code weekly},
 *     {@code monthly}, {@code yearly}
 * @param s3StorageId the S3 storage's internal id, or {@code null}
 * @param timeout seconds
 * @param executions the latest runs (may be empty)
 */
public record BackupSchedule(
    @Required String uuid,
    @Required String frequency,
    boolean enabled,
    boolean saveS3,
    Integer s3StorageId,
    String databasesToBackup,
    boolean dumpAll,
    Integer databaseBackupRetentionAmountLocally,
    Integer databaseBackupRetentionDaysLocally,
    Integer databaseBackupRetentionAmountS3,
    Integer databaseBackupRetentionDaysS3,
    Integer timeout,
    List<BackupExecution> executions) {}
