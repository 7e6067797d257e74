package com.wekruit.valet.neon;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.Objects;

/** Projects: list (cursor pages, by organization), read, and connection URIs. Thread-safe. */
public final class Projects {
  static final int PAGE = 100;
  private final HttpTransport http;
  private final String defaultOrgId;

  Projects(HttpTransport http, String defaultOrgId) {
    this.http = http;
    this.defaultOrgId = defaultOrgId;
  }

  /** Projects of the client's organization ({@code orgId} of the builder), or the key's own projects. */
  public Paginator<Project> list() {
    return list(defaultOrgId);
  }

  /**
   * Projects of {@code orgId} ({@code null}: the key's own). A personal key on an account that belongs to an
   * organization must name it: Neon then answers 400, which is rethrown saying where to set the org id.
   */
  public Paginator<Project> list(String orgId) {
    ApiCall<Envelopes.ProjectsPage> first = ApiCall.<Envelopes.ProjectsPage>get("/projects",
        Envelopes.ProjectsPage.class).query("org_id", orgId).query("limit", PAGE);
    return Paginator.of(cursor -> {
      Envelopes.ProjectsPage p = execute(cursor == null ? first : first.query("cursor", cursor));
      // Neon returns a cursor on the last page too: a short page ends the list
      String next = p.projects().size() < PAGE || p.pagination() == null ? null : p.pagination().cursor();
      return new Page<>(p.projects(), next == null || next.isEmpty() ? null : next);
    });
  }

  public Project get(String projectId) {
    return http.execute(ApiCall.<Envelopes.ProjectEnvelope>get(Paths.of("projects", projectId),
        Envelopes.ProjectEnvelope.class)).project();
  }

  /** A connection URI, pooled or direct; its password never shows in {@link ConnectionUri#toString()}. */
  public ConnectionUri connectionUri(String projectId, ConnectionUriRequest request) {
    Objects.requireNonNull(request, "request");
    ApiCall<Envelopes.UriEnvelope> call = ApiCall.<Envelopes.UriEnvelope>get(
            Paths.of("projects", projectId, "connection_uri"), Envelopes.UriEnvelope.class)
        .query("database_name", request.databaseName()).query("role_name", request.roleName())
        .query("branch_id", request.branchId()).query("endpoint_id", request.endpointId())
        .query("pooled", request.pooled() ? "true" : null);
    return new ConnectionUri(http.execute(call).uri());
  }

  private Envelopes.ProjectsPage execute(ApiCall<Envelopes.ProjectsPage> call) {
    try {
      return http.execute(call);
    } catch (InvalidInputException e) {
      ApiError a = e.error();
      if (a.message() == null || !a.message().contains("org_id")) throw e;
      throw new InvalidInputException(new ApiError(a.provider(), a.method(), a.path(), a.status(), a.code(),
          a.message() + " (this API key belongs to an account in an organization: set NeonClient.builder().orgId(..)"
              + " or NEON_ORG_ID, or call projects().list(orgId))", a.requestId(), a.retryAfter(), a.details(),
          a.bodyExcerpt()), e.attempts(), false);
    }
  }
}
