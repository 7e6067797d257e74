/**
 * Backups that lose nothing: {@link com.wekruit.valet.backup.PgBackup} streams {@code pg_dump --format=custom} into an
 * {@link com.wekruit.valet.store.ObjectStore} and writes a {@link com.wekruit.valet.backup.BackupManifest} last;
 * verification tiers, restore drills, retention and a schedule elected across replicas build on it.
 */
package com.wekruit.valet.backup;
