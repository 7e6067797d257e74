package com.wekruit.valet.betterstack;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code /api/v2/heartbeats}: CRUD, availability, and pings of a heartbeat's secret URL (sent without the API token;
 * the URL's token is redacted from every message and log line). Thread-safe.
 */
public final class Heartbeats {
  private static final String PATH = "/api/v2/heartbeats";
  private final HttpTransport http;
  private final HttpTransport pings;

  Heartbeats(HttpTransport http, HttpTransport pings) {
    this.http = http;
    this.pings = pings;
  }

  public Paginator<Heartbeat> list() {
    return list(BetterStackPages.MAX_PER_PAGE);
  }

  /** Every heartbeat, {@code perPage} (1..250) per page. */
  public Paginator<Heartbeat> list(int perPage) {
    return BetterStackPages.list(http, PATH, Heartbeat.class,
        BetterStackPages.perPage(perPage, BetterStackPages.MAX_PER_PAGE), c -> c);
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such heartbeat */
  public Heartbeat get(String id) {
    return http.<JsonApi.Single<Heartbeat>>execute(ApiCall.get(path(id), BetterStackPages.single(Heartbeat.class)))
        .data();
  }

  /** Creates a heartbeat; {@code name}, {@code period} and {@code grace} are required. Sent at most once. */
  public Heartbeat create(HeartbeatRequest request) {
    if (!request.completeForCreate()) throw new IllegalArgumentException("a heartbeat needs name, period and grace");
    return http.<JsonApi.Single<Heartbeat>>execute(ApiCall.post(PATH, request.body,
        BetterStackPages.single(Heartbeat.class))).data();
  }

  /** Changes only the fields set in {@code request}; cleared ones are sent as {@code null}. */
  public Heartbeat update(String id, HeartbeatRequest request) {
    return http.execute(BetterStackPages.<Heartbeat>patch(path(id), request.body, Heartbeat.class)).data();
  }

  /** Deletes a heartbeat; a retry that finds it already gone counts as success. */
  public void delete(String id) {
    http.execute(ApiCall.<Void>delete(path(id), Void.class).toBuilder().goneIsSuccess(null).build());
  }

  /** Availability between two UTC days (inclusive); {@code null} bounds mean since creation / until today. */
  public Availability availability(String id, LocalDate from, LocalDate to) {
    ApiCall<JsonApi.Single<JsonApi.Resource<Availability>>> call = ApiCall.<JsonApi.Single<JsonApi.Resource<
        Availability>>>get(path(id) + "/availability", BetterStackPages.resource(Availability.class))
        .query("from", from).query("to", to);
    return http.execute(call).data().attributes();
  }

  /**
   * Reports the job as done ({@code GET <ping url>}). The ping URL must be on this client's host; for another host
   * or a machine without the API token use {@link HeartbeatPinger}.
   */
  public void ping(Heartbeat heartbeat) {
    Pings.send(pings, pingUrl(heartbeat), Pings.Kind.SUCCESS, 0);
  }

  /** Reports the job as failed ({@code GET <ping url>/fail}): an incident starts at once. */
  public void pingFailure(Heartbeat heartbeat) {
    Pings.send(pings, pingUrl(heartbeat), Pings.Kind.FAILURE, 0);
  }

  /** Reports the job's exit code ({@code GET <ping url>/<code>}): 0 is success, anything else a failure. */
  public void pingExitCode(Heartbeat heartbeat, int exitCode) {
    Pings.send(pings, pingUrl(heartbeat), Pings.Kind.EXIT_CODE, exitCode);
  }

  private static String pingUrl(Heartbeat heartbeat) {
    String url = heartbeat.pingUrl();
    if (url == null) throw new IllegalArgumentException("heartbeat " + heartbeat.id() + " has no ping URL");
    return url;
  }

  private static String path(String id) {
    return Paths.of("api", "v2", "heartbeats", Objects.requireNonNull(id, "id"));
  }
}
