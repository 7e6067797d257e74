package com.wekruit.valet.betterstack;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code /api/v2/monitors}: list, read, create, update, pause, resume, delete, availability and response times.
 * Creates are sent at most once (a 5xx or lost answer is reported, never repeated blindly). Thread-safe.
 */
public final class Monitors {
  private static final String PATH = "/api/v2/monitors";
  private final HttpTransport http;

  Monitors(HttpTransport http) {
    this.http = http;
  }

  /** Every monitor, {@value BetterStackPages#MAX_PER_PAGE} per page. */
  public Paginator<Monitor> list() {
    return list(MonitorQuery.all());
  }

  public Paginator<Monitor> list(MonitorQuery q) {
    return BetterStackPages.list(http, PATH, Monitor.class, q.perPage(), c -> c.query("url", q.url())
        .query("pronounceable_name", q.pronounceableName()).query("team_name", q.teamName()));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such monitor */
  public Monitor get(String id) {
    return http.<JsonApi.Single<Monitor>>execute(ApiCall.get(path(id), BetterStackPages.single(Monitor.class)))
        .data();
  }

  /** Creates a monitor; {@code url} and {@code monitorType} are required. */
  public Monitor create(MonitorRequest request) {
    if (!request.completeForCreate()) throw new IllegalArgumentException("a monitor needs url and monitorType");
    return http.<JsonApi.Single<Monitor>>execute(ApiCall.post(PATH, request.body,
        BetterStackPages.single(Monitor.class))).data();
  }

  /** Changes only the fields set in {@code request}; cleared ones are sent as {@code null}. */
  public Monitor update(String id, MonitorRequest request) {
    return patch(id, request.body);
  }

  /** Pauses checks (sets {@code paused}); repeating it is harmless. */
  public Monitor pause(String id) {
    return setPaused(id, true);
  }

  public Monitor resume(String id) {
    return setPaused(id, false);
  }

  private Monitor setPaused(String id, boolean paused) {
    record Body(boolean paused) {}
    return patch(id, new Body(paused));
  }

  /** A PATCH sets absolute values, so repeating it cannot change the outcome: it is retried like a PUT. */
  private Monitor patch(String id, Object body) {
    return http.execute(BetterStackPages.<Monitor>patch(path(id), body, Monitor.class)).data();
  }

  /** Deletes a monitor; a retry that finds it already gone counts as success. */
  public void delete(String id) {
    http.execute(ApiCall.<Void>delete(path(id), Void.class).toBuilder().goneIsSuccess(null).build());
  }

  /** Availability between two UTC days (inclusive); {@code null} bounds mean since creation / until today. */
  public Availability availability(String id, LocalDate from, LocalDate to) {
    ApiCall<JsonApi.Single<JsonApi.Resource<Availability>>> call = ApiCall.<JsonApi.Single<JsonApi.Resource<
        Availability>>>get(path(id) + "/sla", BetterStackPages.resource(Availability.class))
        .query("from", from).query("to", to);
    return http.execute(call).data().attributes();
  }

  /** Response times of the last 24 hours by region, in seconds. */
  public ResponseTimes responseTimes(String id) {
    ApiCall<JsonApi.Single<JsonApi.Resource<ResponseTimes>>> call = ApiCall.get(path(id) + "/response-times",
        BetterStackPages.resource(ResponseTimes.class));
    return http.execute(call).data().attributes();
  }

  private static String path(String id) {
    return Paths.of("api", "v2", "monitors", Objects.requireNonNull(id, "id"));
  }
}
