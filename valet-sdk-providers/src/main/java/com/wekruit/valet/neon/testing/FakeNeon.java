package com.wekruit.valet.neon.testing;

import static com.wekruit.valet.neon.testing.NeonPayloads.array;

import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.testkit.FakeApiServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, stateful stand-in for the Neon API v2 on the JDK's HTTP server, answering with spec-shaped payloads:
 * projects, branches (from a parent's head or at a point in time inside the history window), restores, compute
 * endpoints (create, update, start, suspend, restart, delete), databases, roles, connection URIs, and operations that
 * finish after a set number of polls. While a project's operations run, mutating calls get Neon's 423. For demos and
 * tests of code built on the SDK; no substitute for contract tests against the spec.
 *
 * <p>Start with {@link #start()}, take a client with {@link #client()} (or point your own at {@link #baseUrl()}),
 * {@link #close()} when done.
 */
public final class FakeNeon extends FakeApiServer {
  private static final Pattern PROJECT = Pattern.compile("/api/v2/projects/([a-z0-9-]+)(/.*)?");
  private final FakeNeonState state;
  private final FakeNeonMutations mutations;

  private FakeNeon(int port, FakeNeonState state) throws IOException {
    super("fake-neon", port);
    this.state = state;
    this.mutations = new FakeNeonMutations(state);
  }

  /**
   * Starts on 127.0.0.1 with the system clock.
   *
   * @param port 0 for any free port
   * @param pollsToFinish how many reads of an operation it takes until it finishes
   */
  public static FakeNeon start(int port, int pollsToFinish) throws IOException {
    return start(port, pollsToFinish, Clock.systemUTC());
  }

  /** Starts with a clock that decides what "now" is for point-in-time branches. */
  public static FakeNeon start(int port, int pollsToFinish, Clock clock) throws IOException {
    FakeNeon fake = new FakeNeon(port, new FakeNeonState(pollsToFinish, clock));
    fake.listen();
    return fake;
  }

  /** The API base URL, e.g. {@code http://127.0.0.1:40123/api/v2}. */
  public String baseUrl() {
    return origin() + "/api/v2";
  }

  /** Starts on a free port of 127.0.0.1 with the system clock; each operation finishes on its first read. */
  public static FakeNeon start() throws IOException {
    return start(0, 1);
  }

  /**
   * A client builder pointed at this fake, with a key it accepts and operation polls every 10 ms; set more, then
   * {@code build()}.
   */
  public NeonClient.Builder clientBuilder() {
    return NeonClient.builder().apiKey("fake-neon-key").baseUrl(baseUrl())
        .pollInterval(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  /** A client of this fake: {@code clientBuilder().build()}. */
  public NeonClient client() {
    return clientBuilder().build();
  }

  /** Adds a project with a ready {@code main} branch (default) and an idle read-write endpoint; returns its id. */
  public String addProject(String name, int historyRetentionSeconds) {
    return state.addProject(name, null, historyRetentionSeconds);
  }

  /** Makes {@code GET /projects} answer 400 "org_id is required" unless {@code org_id} names this organization. */
  public synchronized void requireOrgId(String orgId) {
    synchronized (state) {
      state.requiredOrgId = orgId;
    }
  }

  /** The id of a project's default branch. */
  public String defaultBranch(String projectId) {
    synchronized (state) {
      return state.branches.values().stream().filter(b -> b.projectId().equals(projectId) && b.isDefault())
          .findFirst().orElseThrow().id();
    }
  }

  @Override
  protected Response handle(Request r) throws Exception {
    String auth = r.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) return Response.json(401, NeonPayloads.error("", "authorization failed"));
    if (r.path().equals("/api/v2/projects") && r.method().equals("GET")) return projects(r);
    Matcher m = PROJECT.matcher(r.path());
    if (!m.matches()) return FakeNeonState.notFound("route " + r.method() + " " + r.path());
    String p = m.group(1);
    String rest = m.group(2) == null ? "" : m.group(2);
    synchronized (state) {
      FakeNeonState.Project project = state.projects.get(p);
      if (project == null) return FakeNeonState.notFound("project " + p);
      if (!r.method().equals("GET") && state.busy(p)) return Response.json(423, NeonPayloads.error("", FakeNeonState.LOCKED));
      if (rest.isEmpty() && r.method().equals("GET")) {
        return Response.json(200, "{\"project\":" + NeonPayloads.project(p, project.name(), project.retentionSeconds()) + "}");
      }
      if (rest.equals("/connection_uri")) return connectionUri(p, r);
      if (rest.equals("/operations")) return state.operations(p);
      if (rest.startsWith("/operations/")) return state.operation(p, rest.substring("/operations/".length()));
      return mutations.route(project, r.method(), rest, r);
    }
  }

  private Response projects(Request r) {
    synchronized (state) {
      String org = r.param("org_id");
      if (state.requiredOrgId != null && !state.requiredOrgId.equals(org)) {
        return Response.json(400, NeonPayloads.error("", "org_id is required, you can find it on your organization settings page"));
      }
      int limit = r.param("limit") == null ? 10 : Integer.parseInt(r.param("limit"));
      List<FakeNeonState.Project> all = state.projects.values().stream().toList();
      int from = r.param("cursor") == null ? 0 : Integer.parseInt(r.param("cursor"));
      List<String> page = all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size())).stream()
          .map(x -> NeonPayloads.projectListItem(x.id(), x.name(), org)).toList();
      // like Neon, a cursor also on the last page
      return Response.json(200, "{\"projects\":" + array(page) + ",\"pagination\":{\"cursor\":\"" + (from + page.size())
          + "\"},\"applications\":{},\"integrations\":{}}");
    }
  }

  private Response connectionUri(String projectId, Request r) {
    String db = r.param("database_name");
    String role = r.param("role_name");
    if (db == null || role == null) return Response.json(400, NeonPayloads.error("", "database_name and role_name are required"));
    String branch = r.param("branch_id") != null ? r.param("branch_id") : defaultBranch(projectId);
    FakeNeonState.Endpoint ep = state.endpoints.values().stream().filter(e -> e.branchId().equals(branch))
        .findFirst().orElse(null);
    if (ep == null) return FakeNeonState.notFound("read-write endpoint of branch " + branch);
    String host = ep.id() + ("true".equals(r.param("pooled")) ? "-pooler" : "") + ".us-east-2.aws.neon.tech";
    return Response.json(200, "{\"uri\":\"postgresql://" + role + ":npg_fakePassw0rd@" + host + "/" + db
        + "?sslmode=require\"}");
  }
}
