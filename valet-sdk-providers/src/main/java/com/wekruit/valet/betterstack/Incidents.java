package com.wekruit.valet.betterstack;

import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import com.wekruit.valet.spi.ResponseCodec;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /api/v3/incidents}: list, read, report, acknowledge, resolve. Acknowledging or resolving twice is not an
 * error: the API's {@code 409 "already acknowledged/resolved"} returns the incident as it is, which also makes both
 * calls safe to retry after a lost answer. Reporting an incident is sent at most once. Thread-safe.
 */
public final class Incidents {
  private static final String PATH = "/api/v3/incidents";
  private final HttpTransport http;

  Incidents(HttpTransport http) {
    this.http = http;
  }

  /** Incidents matching the query, newest first, up to 50 per page. */
  public Paginator<Incident> list(IncidentQuery q) {
    return BetterStackPages.list(http, PATH, Incident.class, q.perPage(), c -> c.query("from", q.from())
        .query("to", q.to()).query("monitor_id", q.monitorId()).query("heartbeat_id", q.heartbeatId())
        .query("resolved", q.resolved()).query("acknowledged", q.acknowledged()).query("team_name", q.teamName()));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such incident */
  public Incident get(String id) {
    return http.<JsonApi.Single<Incident>>execute(ApiCall.get(path(id), BetterStackPages.single(Incident.class)))
        .data();
  }

  /** Reports an incident by hand (alerts go out at once). Sent at most once. */
  public Incident create(IncidentRequest request) {
    return http.<JsonApi.Single<Incident>>execute(ApiCall.post(PATH, request.body,
        BetterStackPages.single(Incident.class))).data();
  }

  /** Acknowledges the incident; when it already was, returns it unchanged. */
  public Incident acknowledge(String id, String acknowledgedBy) {
    record Body(String acknowledgedBy) {}
    return settle(id, "acknowledge", new Body(acknowledgedBy), "already acknowledged");
  }

  /** Resolves the incident; when it already was, returns it unchanged. */
  public Incident resolve(String id, String resolvedBy) {
    record Body(String resolvedBy) {}
    return settle(id, "resolve", new Body(resolvedBy), "already resolved");
  }

  private Incident settle(String id, String action, Object body, String alreadyDone) {
    ApiCall<JsonApi.Single<Incident>> call = ApiCall.<JsonApi.Single<Incident>>builder("POST", path(id) + "/" + action,
        ResponseCodec.json(BetterStackPages.single(Incident.class))).json(body).idempotent(true).build();
    try {
      return http.execute(call).data();
    } catch (ConflictException e) {
      String message = e.error().message();
      if (message == null || !message.toLowerCase(Locale.ROOT).contains(alreadyDone)) throw e;
      return get(id);
    }
  }

  private static String path(String id) {
    return Paths.of("api", "v3", "incidents", Objects.requireNonNull(id, "id"));
  }
}
