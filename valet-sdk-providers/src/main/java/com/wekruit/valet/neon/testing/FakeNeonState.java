package com.wekruit.valet.neon.testing;

import static com.wekruit.valet.neon.testing.NeonPayloads.array;

import com.wekruit.valet.testkit.FakeApiServer.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The fake's account: projects, branches, endpoints and operations. Synchronized: the fake serves on two threads. */
final class FakeNeonState {
  static final String LOCKED = "project already has running operations, scheduling of new ones is prohibited";

  record Project(String id, String name, String orgId, int retentionSeconds) {}

  record Branch(String id, String projectId, String name, String parentId, String parentTimestamp, String state,
      boolean isDefault) {
    String json() {
      return NeonPayloads.branch(id, projectId, name, parentId, parentTimestamp, state, isDefault);
    }
  }

  record Endpoint(String id, String projectId, String branchId, String type, String state, double minCu,
      double maxCu, long suspend) {
    String json() {
      return NeonPayloads.endpoint(id, projectId, branchId, type, state, minCu, maxCu, suspend);
    }
  }

  private static final class Op {
    final String id = UUID.randomUUID().toString();
    final String projectId;
    final String branchId;
    final String endpointId;
    final String action;
    final Runnable effect;
    int polls;
    boolean done;

    Op(String projectId, String branchId, String endpointId, String action, Runnable effect) {
      this.projectId = projectId;
      this.branchId = branchId;
      this.endpointId = endpointId;
      this.action = action;
      this.effect = effect;
    }

    String json() {
      return NeonPayloads.operation(id, projectId, branchId, endpointId, action,
          done ? "finished" : polls == 0 ? "scheduling" : "running");
    }
  }

  final int pollsToFinish;
  final Clock clock;
  final Map<String, Project> projects = new LinkedHashMap<>();
  final Map<String, Branch> branches = new LinkedHashMap<>();
  final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
  private final Map<String, Op> ops = new LinkedHashMap<>();
  private final AtomicInteger ids = new AtomicInteger(100);
  String requiredOrgId;

  FakeNeonState(int pollsToFinish, Clock clock) {
    this.pollsToFinish = pollsToFinish;
    this.clock = clock;
  }

  String id(String prefix) {
    return prefix + "-fake-" + ids.incrementAndGet();
  }

  synchronized String addProject(String name, String orgId, int retentionSeconds) {
    String p = id("proj");
    projects.put(p, new Project(p, name, orgId, retentionSeconds));
    String main = id("br");
    branches.put(main, new Branch(main, p, "main", null, null, "ready", true));
    String ep = id("ep");
    endpoints.put(ep, new Endpoint(ep, p, main, "read_write", "idle", 0.25, 1, 0));
    return p;
  }

  boolean busy(String projectId) {
    return ops.values().stream().anyMatch(o -> o.projectId.equals(projectId) && !o.done);
  }

  String op(String projectId, String branchId, String endpointId, String action, Runnable effect) {
    Op o = new Op(projectId, branchId, endpointId, action, effect);
    ops.put(o.id, o);
    return o.json();
  }

  synchronized Response operation(String projectId, String id) {
    Op o = ops.get(id);
    if (o == null || !o.projectId.equals(projectId)) return notFound("operation " + id);
    poll(o);
    return Response.json(200, "{\"operation\":" + o.json() + "}");
  }

  synchronized Response operations(String projectId) {
    List<String> out = new ArrayList<>();
    List<Op> all = new ArrayList<>(ops.values());
    for (int i = all.size() - 1; i >= 0; i--) {
      Op o = all.get(i);
      if (!o.projectId.equals(projectId)) continue;
      poll(o);
      out.add(o.json());
    }
    return Response.json(200, "{\"operations\":" + array(out) + ",\"pagination\":{\"cursor\":\"" + CURSOR_END + "\"}}");
  }

  static final String CURSOR_END = "2026-11-20T10:00:00.000000Z";

  private void poll(Op o) {
    if (o.done) return;
    if (++o.polls >= pollsToFinish) {
      o.done = true;
      o.effect.run();
    }
  }

  Instant now() {
    return clock.instant();
  }

  static Response notFound(String what) {
    return Response.json(404, NeonPayloads.error("", what + " not found"));
  }
}
