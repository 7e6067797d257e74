package com.wekruit.valet.readme;

import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import java.util.Optional;
import java.util.function.Supplier;

/** README / election package-info: one runner of a job among replicas sharing a PostgreSQL database. */
final class ElectionSnippet {
  private ElectionSnippet() {}

  static Optional<String> run(String url, String user, String password, Supplier<String> runBackup) {
    // readme:begin
    LeaderElection election = LeaderElection.builder()
        .connections(ConnectionFactory.jdbc(url, user, password)).build();
    Optional<String> ran = election.runIfLeader("backup-daily", leadership -> {
      leadership.ensureHeld();                      // before every side effect
      return runBackup.get();
    });                                             // empty: another replica holds the lock and runs it
    // readme:end
    return ran;
  }
}
