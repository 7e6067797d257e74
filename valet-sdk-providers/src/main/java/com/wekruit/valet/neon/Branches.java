package com.wekruit.valet.neon;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A project's branches: list, read, create (also at a point in time), restore, delete, and each branch's databases,
 * roles and endpoints. Mutating calls return a {@link Pending}; when the project is busy they wait for its running
 * operations and repeat. Thread-safe.
 */
public final class Branches {
  static final int PAGE = 100;
  private final HttpTransport http;
  private final Operations ops;
  private final String projectId;

  Branches(HttpTransport http, Operations ops, String projectId) {
    this.http = http;
    this.ops = ops;
    this.projectId = projectId;
  }

  public Paginator<Branch> list() {
    return list(null);
  }

  /** Branches whose name or id contains {@code search} ({@code null}: all), most recently updated first. */
  public Paginator<Branch> list(String search) {
    ApiCall<Envelopes.BranchesPage> first = ApiCall.<Envelopes.BranchesPage>get(path(), Envelopes.BranchesPage.class)
        .query("search", search).query("limit", PAGE);
    return Pagination.cursor(http, first, "cursor", Envelopes.BranchesPage::branches,
        p -> p.pagination() == null ? null : p.pagination().next());
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such branch */
  public Branch get(String branchId) {
    return http.execute(getCall(branchId)).branch();
  }

  public CompletableFuture<Branch> getAsync(String branchId) {
    return http.executeAsync(getCall(branchId)).thenApply(Envelopes.BranchEnvelope::branch);
  }

  /**
   * Creates a branch; {@link Pending#await} returns it (and its computes) once its operations finished. Never sent
   * twice unless Neon proves it was rejected (429, or 423 while other operations run).
   */
  public Pending<CreatedBranch> create(CreateBranchRequest request) {
    if (request.parentTimestamp() != null) checkInHistory(request.parentTimestamp(), "branch at");
    Envelopes.CreatedBranchBody r = ops.unlocked(() -> http.execute(ApiCall.<Envelopes.CreatedBranchBody>post(path(),
        request.body(), Envelopes.CreatedBranchBody.class)));
    List<ConnectionUri> uris = r.connectionUris() == null ? List.of()
        : r.connectionUris().stream().map(c -> new ConnectionUri(c.connectionUri())).toList();
    List<Endpoint> endpoints = r.endpoints() == null ? List.of() : r.endpoints();
    CreatedBranch created = new CreatedBranch(r.branch(), endpoints, uris);
    return Pending.reread(created, r.operations(), ops, "branch", r.branch().id(),
        id -> new CreatedBranch(get(id), endpoints(id), uris),
        id -> getAsync(id).thenCombine(endpointsAsync(id), (b, e) -> new CreatedBranch(b, e, uris)));
  }

  /**
   * Restores {@code branchId} in place from {@code request}'s source. A restore of a branch from its own history
   * needs a point in time and {@code preserveUnderName}; a branch with children needs {@code preserveUnderName}; a
   * point in time must lie inside the project's history window. These rules are checked before the restore is sent.
   *
   * <p>Restoring a root branch (one without a parent, like the project's first branch) keeps its previous state as a
   * separate root branch; when the source is another branch, Neon never lets that backup be deleted. Name it with
   * {@code preserveUnderName} to recognise it later.
   *
   * @throws IllegalArgumentException when a rule is broken
   */
  public Pending<Branch> restore(String branchId, RestoreBranchRequest request) {
    Objects.requireNonNull(branchId, "branchId");
    boolean self = request.sourceBranchId().equals(branchId);
    if (self) {
      if (!request.pointInTime()) {
        throw new IllegalArgumentException("restoring " + branchId + " from its own history needs a timestamp or LSN");
      }
      if (request.preserveUnderName() == null) {
        throw new IllegalArgumentException("restoring " + branchId + " from its own history needs preserveUnderName "
            + "(its current state is kept as a branch of that name)");
      }
    }
    if (request.sourceTimestamp() != null) checkInHistory(request.sourceTimestamp(), "restore to");
    if (!self && request.preserveUnderName() == null && list().stream().anyMatch(b -> branchId.equals(b.parentId()))) {
      throw new IllegalArgumentException("branch " + branchId + " has child branches: restoring it needs "
          + "preserveUnderName (the children move to the preserved branch)");
    }
    Envelopes.BranchOperations r = ops.unlocked(() -> http.execute(ApiCall.<Envelopes.BranchOperations>post(
        Paths.of("projects", projectId, "branches", branchId, "restore"), request.body(),
        Envelopes.BranchOperations.class)));
    return new Pending<>(r.branch(), r.operations(), ops, () -> get(branchId), () -> getAsync(branchId));
  }

  /**
   * Deletes a branch (not the default branch, nor one with children). Its computes stop and its storage goes once
   * the returned operations finish. A branch already gone gives a done {@link Pending} whose value is {@code null}.
   */
  public Pending<Branch> delete(String branchId) {
    Envelopes.BranchOperations r = ops.unlocked(() -> http.execute(ApiCall.<Envelopes.BranchOperations>builder(
        "DELETE", Paths.of("projects", projectId, "branches", branchId),
        NeonCodecs.jsonOrGone(Envelopes.BranchOperations.class)).goneIsSuccess(null).build()));
    return r == null ? Pending.unchanged(null, List.of(), ops) : Pending.unchanged(r.branch(), r.operations(), ops);
  }

  /**
   * A point in time must not be in the future and must lie inside the project's history window
   * ({@code history_retention_seconds}, read from the project): Neon keeps no history beyond it.
   */
  private void checkInHistory(Instant at, String what) {
    Instant now = http.clock().instant();
    if (at.isAfter(now)) {
      throw new IllegalArgumentException(what + " " + at + ": that is in the future (now " + now + ")");
    }
    Project project = http.execute(ApiCall.<Envelopes.ProjectEnvelope>get(Paths.of("projects", projectId),
        Envelopes.ProjectEnvelope.class)).project();
    Instant oldest = now.minusSeconds(project.historyRetentionSeconds());
    if (at.isBefore(oldest)) {
      throw new IllegalArgumentException(what + " " + at + ": outside the project's history window of "
          + project.historyRetentionSeconds() + " s (oldest point " + oldest + ")");
    }
  }

  public List<Database> databases(String branchId) {
    return http.execute(ApiCall.<Envelopes.DatabasesList>get(Paths.of("projects", projectId, "branches", branchId,
        "databases"), Envelopes.DatabasesList.class)).databases();
  }

  public List<Role> roles(String branchId) {
    return http.execute(ApiCall.<Envelopes.RolesList>get(Paths.of("projects", projectId, "branches", branchId,
        "roles"), Envelopes.RolesList.class)).roles();
  }

  /** The computes attached to a branch. */
  public List<Endpoint> endpoints(String branchId) {
    return http.execute(endpointsCall(branchId)).endpoints();
  }

  private CompletableFuture<List<Endpoint>> endpointsAsync(String branchId) {
    return http.executeAsync(endpointsCall(branchId)).thenApply(Envelopes.EndpointsList::endpoints);
  }

  private ApiCall<Envelopes.EndpointsList> endpointsCall(String branchId) {
    return ApiCall.get(Paths.of("projects", projectId, "branches", branchId, "endpoints"), Envelopes.EndpointsList.class);
  }

  private ApiCall<Envelopes.BranchEnvelope> getCall(String branchId) {
    return ApiCall.get(Paths.of("projects", projectId, "branches", branchId), Envelopes.BranchEnvelope.class);
  }

  private String path() {
    return Paths.of("projects", projectId, "branches");
  }
}
