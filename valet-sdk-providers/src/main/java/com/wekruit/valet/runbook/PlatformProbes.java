package com.wekruit.valet.runbook;

import com.wekruit.valet.coolify.Application;
import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.Project;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Coolify and Neon items. */
final class PlatformProbes {
  private PlatformProbes() {}

  static Finding coolify(CoolifyClient coolify, String application, String branch) {
    String health = coolify.health();
    String version = coolify.version();
    List<Application> apps = coolify.applications().list();
    Optional<Application> app = apps.stream().filter(a -> application.equals(a.name())).findFirst();
    String reach = "Coolify " + version + " answers " + health;
    if (app.isEmpty()) return Finding.fail(reach + "; no application named " + application + " among " + apps.size());
    Application a = app.get();
    boolean onBranch = branch.equals(a.gitBranch());
    return Finding.of(onBranch, reach + "; " + application + " (" + a.uuid() + ") deploys " + a.gitRepository() + "@"
        + a.gitBranch() + " at " + a.gitCommitSha() + ", " + a.status());
  }

  static Optional<Project> project(NeonClient neon, String name) {
    return neon.projects().list().stream().filter(p -> name.equals(p.name())).findFirst()
        .map(p -> neon.projects().get(p.id())); // list items may leave out the history window
  }

  static Finding pitr(NeonClient neon, String projectName, Duration minimum) {
    Optional<Project> p = project(neon, projectName);
    if (p.isEmpty()) return Finding.fail("no Neon project named " + projectName);
    Duration window = Duration.ofSeconds(p.get().historyRetentionSeconds());
    return Finding.of(window.compareTo(minimum) >= 0, projectName + " (" + p.get().id() + ", PostgreSQL "
        + p.get().pgVersion() + ") keeps " + Durations.human(window) + " of history; required "
        + Durations.human(minimum));
  }

  /**
   * The project API does not name the plan; a history window longer than the free plan allows proves a paid plan,
   * a shorter one proves nothing.
   */
  static Finding plan(NeonClient neon, String projectName) {
    Optional<Project> p = project(neon, projectName);
    if (p.isEmpty()) return Finding.fail("no Neon project named " + projectName);
    Duration window = Duration.ofSeconds(p.get().historyRetentionSeconds());
    String seen = projectName + " keeps " + Durations.human(window) + " of history; the free plan at most "
        + Durations.human(FREE_PLAN_HISTORY);
    return window.compareTo(FREE_PLAN_HISTORY) > 0 ? Finding.pass(seen + ": a paid plan")
        : Finding.unknown(seen + ": free, or a paid plan with a short window (the plan is not in the project API)");
  }

  /** The longest history Neon's free plan keeps (6 h in Neon's 2025 plans; not in /work/shared, declared here). */
  static final Duration FREE_PLAN_HISTORY = Duration.ofHours(6);
}
