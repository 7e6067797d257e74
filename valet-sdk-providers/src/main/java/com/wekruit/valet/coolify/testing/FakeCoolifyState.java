package com.wekruit.valet.coolify.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The fake instance's applications, deployments and env vars. Synchronized: the fake serves on two threads. */
final class FakeCoolifyState {
  record Reply(int status, String json, String... headers) {}

  static final class App {
    final String uuid;
    final String name;
    final List<String> tags;
    final List<String> images = new ArrayList<>();
    final Map<String, String[]> envs = new LinkedHashMap<>(); // key -> {uuid, value}
    String commit;
    String nextCommit;
    String status = "running:healthy";
    boolean failNext;

    App(String uuid, String name, String commit, List<String> tags) {
      this.uuid = uuid;
      this.name = name;
      this.commit = commit;
      this.nextCommit = commit;
      this.tags = List.copyOf(tags);
      images.add(commit);
    }
  }

  static final class Deploy {
    final String uuid;
    final App app;
    final String commit;
    final boolean rollback;
    final boolean fails;
    int polls;
    String status = "queued";

    Deploy(String uuid, App app, String commit, boolean rollback, boolean fails) {
      this.uuid = uuid;
      this.app = app;
      this.commit = commit;
      this.rollback = rollback;
      this.fails = fails;
    }

    boolean active() {
      return status.equals("queued") || status.equals("in_progress");
    }
  }

  final int pollsToFinish;
  final int queueLimit;
  private final AtomicLong ids = new AtomicLong(1000);
  final Map<String, App> apps = new LinkedHashMap<>();
  final Map<String, Deploy> deploys = new LinkedHashMap<>();

  FakeCoolifyState(int pollsToFinish, int queueLimit) {
    this.pollsToFinish = pollsToFinish;
    this.queueLimit = queueLimit;
  }

  String id(String prefix) {
    return prefix + Long.toString(ids.incrementAndGet(), 36);
  }

  synchronized App add(String name, String commit, List<String> tags) {
    App a = new App(id("app"), name, commit, tags);
    apps.put(a.uuid, a);
    return a;
  }

  /**
   * Queues a deployment of the app's next commit (or {@code commit} for a rollback); a second trigger for the same
   * commit while one is active returns that one, as Coolify does. {@code null} when the server's queue is full.
   */
  synchronized Deploy queue(App app, String commit, boolean rollback, boolean force) {
    String target = commit != null ? commit : app.nextCommit;
    for (Deploy d : deploys.values()) {
      if (d.app == app && d.active() && d.commit.equals(target) && !force && !rollback) return d;
    }
    if (deploys.values().stream().filter(Deploy::active).count() >= queueLimit) return null;
    Deploy d = new Deploy(id("dep"), app, target, rollback, app.failNext && !rollback);
    app.failNext = false;
    deploys.put(d.uuid, d);
    return d;
  }

  /** One read of a deployment: queued, then in progress, then its end after {@code pollsToFinish} reads. */
  synchronized Deploy poll(String uuid) {
    Deploy d = deploys.get(uuid);
    if (d == null || !d.active()) return d;
    d.polls++;
    if (d.polls < pollsToFinish) {
      d.status = "in_progress";
      return d;
    }
    d.status = d.fails ? "failed" : "finished";
    if (!d.fails) {
      d.app.commit = d.commit;
      if (!d.app.images.contains(d.commit)) d.app.images.add(d.commit);
      d.app.status = "running:healthy";
    }
    return d;
  }

  synchronized boolean cancel(Deploy d) {
    if (!d.active()) return false;
    d.status = "cancelled-by-user";
    return true;
  }

  synchronized List<Deploy> active() {
    return deploys.values().stream().filter(Deploy::active).toList();
  }

  synchronized List<Deploy> of(App app) {
    List<Deploy> out = new ArrayList<>();
    for (Deploy d : deploys.values()) if (d.app == app) out.add(0, d);
    return out;
  }
}
