package com.wekruit.valet.hetzner;

import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Futures;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.paging.Paginator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /servers}: list, read, create, delete, power and the other server actions, metrics.
 *
 * <p>An action on a server that is busy fails with {@link LockedException}, unless this view was made with
 * {@link #waitingForLocks(Duration)}: then the running actions are awaited and the call is repeated.
 * <p>Thread-safe.
 */
public final class Servers {
  private final HttpTransport http;
  private final Actions actions;
  private final Duration lockWait;

  Servers(HttpTransport http, Actions actions, Duration lockWait) {
    this.http = http;
    this.actions = actions;
    this.lockWait = lockWait;
  }

  /** A view that, on {@code locked}, waits up to {@code timeout} for the server's running actions and retries. */
  public Servers waitingForLocks(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    return new Servers(http, actions, timeout);
  }

  Actions actions() {
    return actions;
  }

  public Paginator<Server> list() {
    return list(ServerQuery.all());
  }

  public Paginator<Server> list(ServerQuery q) {
    ApiCall<Envelopes.ServersPage> call = ApiCall.<Envelopes.ServersPage>get("/servers", Envelopes.ServersPage.class)
        .query("name", q.name())
        .query("label_selector", q.labelSelector())
        .queryAll("sort", q.sort())
        .queryAll("status", q.status().stream().map(s -> OpenEnum.of(s).raw()).toList());
    return HetznerPages.paginate(http, call, Envelopes.ServersPage::servers, Envelopes.ServersPage::meta);
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such server */
  public Server get(long id) {
    return http.execute(ApiCall.<Envelopes.ServerEnvelope>get(path(id), Envelopes.ServerEnvelope.class)).server();
  }

  /** {@link #get(long)} without blocking: completes with the server or a typed {@code ValetException}. */
  public java.util.concurrent.CompletableFuture<Server> getAsync(long id) {
    return Futures.map(http.executeAsync(ApiCall.<Envelopes.ServerEnvelope>get(path(id),
        Envelopes.ServerEnvelope.class)), Envelopes.ServerEnvelope::server);
  }

  /** The server with this exact name (names are unique per project). */
  public Optional<Server> findByName(String name) {
    return list(ServerQuery.all().name(name)).stream().findFirst();
  }

  /**
   * Creates a server. Not retried unless the API says the request was rejected before taking effect (rate limit,
   * conflict): a second server is never created by a retry.
   */
  public CreatedServer create(CreateServerRequest request) {
    Envelopes.CreateServerResponse r = http.execute(
        ApiCall.<Envelopes.CreateServerResponse>post("/servers", request.body(), Envelopes.CreateServerResponse.class));
    List<ActionHandle> next = r.nextActions().stream().map(actions::handle).toList();
    return new CreatedServer(r.server(), actions.handle(r.action()), next, r.rootPassword());
  }

  /** Renames a server and/or replaces its labels; {@code null} leaves a field alone, an empty map clears labels. */
  public Server update(long id, String name, Map<String, String> labels) {
    record Body(String name, Map<String, String> labels) {}
    return http.execute(ApiCall.<Envelopes.ServerEnvelope>put(path(id), new Body(name, labels),
        Envelopes.ServerEnvelope.class)).server();
  }

  /**
   * Deletes a server; attached volumes, IPs and firewalls are detached. When a retry finds the server already gone
   * (the first attempt took effect unseen), the handle has no action and is already done.
   */
  public ActionHandle delete(long id) {
    return unlocked(id, () -> {
      Envelopes.ActionEnvelope r = http.execute(ApiCall.<Envelopes.ActionEnvelope>delete(path(id),
          Envelopes.ActionEnvelope.class).toBuilder().goneIsSuccess(null).build());
      return new ActionHandle(r == null ? null : r.action(), actions);
    });
  }

  public ActionHandle powerOn(long id) {
    return action(id, "poweron", null);
  }

  /** Cuts power (hard). Prefer {@link #shutdown(long)}. */
  public ActionHandle powerOff(long id) {
    return action(id, "poweroff", null);
  }

  /** ACPI shutdown. Success only means the signal was sent; poll the status for {@code off}. */
  public ActionHandle shutdown(long id) {
    return action(id, "shutdown", null);
  }

  public ActionHandle reboot(long id) {
    return action(id, "reboot", null);
  }

  /**
   * Changes the server type. The server must be off. With {@code upgradeDisk} the disk grows and the server can
   * never be downgraded again.
   */
  public ActionHandle changeType(long id, String serverType, boolean upgradeDisk) {
    record Body(String serverType, boolean upgradeDisk) {}
    return action(id, "change_type", new Body(serverType, upgradeDisk));
  }

  /** Creates a snapshot (default) or backup image of the server's disk. */
  public CreatedImage createImage(long id, String description, ImageType type, Map<String, String> labels) {
    if (type != null && type != ImageType.SNAPSHOT && type != ImageType.BACKUP) {
      throw new IllegalArgumentException("type must be SNAPSHOT or BACKUP, was " + type);
    }
    record Body(String description, OpenEnum<ImageType> type, Map<String, String> labels) {}
    Body body = new Body(description, type == null ? null : OpenEnum.of(type), labels);
    Envelopes.CreateImageResponse r = unlocked(id, () -> http.execute(ApiCall.<Envelopes.CreateImageResponse>post(
        path(id) + "/actions/create_image", body, Envelopes.CreateImageResponse.class)));
    return new CreatedImage(r.image(), actions.handle(r.action()));
  }

  /** Daily backups, 7 slots, +20 % of the server price. */
  public ActionHandle enableBackup(long id) {
    return action(id, "enable_backup", null);
  }

  public ActionHandle disableBackup(long id) {
    return action(id, "disable_backup", null);
  }

  /** Metrics between {@code start} and {@code end}; {@code step} {@code null} lets the API choose. */
  public Metrics metrics(long id, Set<MetricType> types, Instant start, Instant end, Duration step) {
    if (types.isEmpty()) throw new IllegalArgumentException("types must not be empty");
    if (!end.isAfter(start)) throw new IllegalArgumentException("end must be after start");
    ApiCall<Envelopes.MetricsEnvelope> call = ApiCall.<Envelopes.MetricsEnvelope>get(path(id) + "/metrics",
            Envelopes.MetricsEnvelope.class)
        .queryAll("type", types.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList())
        .query("start", start.toString())
        .query("end", end.toString())
        .query("step", step == null ? null : step.toSeconds());
    return http.execute(call).metrics();
  }

  /** Actions of one server, optionally only those with a status. */
  public Paginator<Action> actions(long id, ActionStatus status) {
    ApiCall<Envelopes.ActionsPage> call = ApiCall.<Envelopes.ActionsPage>get(path(id) + "/actions",
        Envelopes.ActionsPage.class).query("status", status == null ? null : OpenEnum.of(status).raw());
    return HetznerPages.paginate(http, call, Envelopes.ActionsPage::actions, Envelopes.ActionsPage::meta);
  }

  private ActionHandle action(long id, String name, Object body) {
    return unlocked(id, () -> actions.handle(http.execute(ApiCall.<Envelopes.ActionEnvelope>post(
        path(id) + "/actions/" + name, body, Envelopes.ActionEnvelope.class)).action()));
  }

  private <T> T unlocked(long id, Supplier<T> call) {
    if (lockWait == null) return call.get();
    return actions.waiter().repeatWhenLocked("server " + id, lockWait, call, e -> e instanceof LockedException,
        left -> {
          List<Action> running = actions(id, ActionStatus.RUNNING).stream().toList();
          if (!running.isEmpty()) actions.awaitSettled(running, left);
          return !running.isEmpty();
        });
  }

  private static String path(long id) {
    return "/servers/" + id;
  }
}
