/**
 * One runner among replicas: a PostgreSQL session-level advisory lock on the database the replicas already share
 * elects the replica that runs a scheduled job (a backup, the alert evaluator). No home-made lock, no extra service.
 *
 * <pre>{@code
 * LeaderElection election = LeaderElection.builder()
 *     .connections(ConnectionFactory.jdbc(url, user, password)).build();
 * election.runIfLeader("backup-daily", leadership -> {
 *   leadership.ensureHeld();   // before every side effect
 *   return runBackup();
 * });
 * }</pre>
 */
package com.wekruit.valet.election;
