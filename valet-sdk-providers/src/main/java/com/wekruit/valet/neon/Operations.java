package com.wekruit.valet.neon;

import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A project's operations: read, list (newest first) and wait for them. Every mutating call of this client goes
 * through {@link #unlocked}: when Neon answers 423 because other operations of the project still run, it waits for
 * them and repeats the call. Thread-safe.
 */
public final class Operations {
  static final int PAGE = 100;
  private final HttpTransport http;
  private final OperationWaiter waiter;
  private final String projectId;
  private final Duration lockWait;

  Operations(HttpTransport http, OperationWaiter waiter, String projectId, Duration lockWait) {
    this.http = http;
    this.waiter = waiter;
    this.projectId = projectId;
    this.lockWait = lockWait;
  }

  public NeonOperation get(String operationId) {
    return http.execute(getCall(operationId, null)).operation();
  }

  /** The project's operations, newest first, fetched a page at a time. */
  public Paginator<NeonOperation> list() {
    ApiCall<Envelopes.OperationsPage> first = ApiCall.<Envelopes.OperationsPage>get(
        Paths.of("projects", projectId, "operations"), Envelopes.OperationsPage.class).query("limit", PAGE);
    return Pagination.cursor(http, first, "cursor", Envelopes.OperationsPage::operations,
        p -> p.operations().size() < PAGE || p.pagination() == null ? null : p.pagination().cursor());
  }

  /**
   * Waits until every operation is final and returns their final states in the given order. Fails fast with
   * {@link OperationFailedException} on a failed one; on timeout names the ones still running.
   */
  public List<NeonOperation> awaitAll(Collection<NeonOperation> started, Duration timeout) {
    return ordered(started, waiter.awaitAll(what(started), initial(started), operations(), timeout));
  }

  /** {@link #awaitAll} without holding a thread. */
  public CompletableFuture<List<NeonOperation>> awaitAllAsync(Collection<NeonOperation> started, Duration timeout) {
    return waiter.awaitAllAsync(what(started), initial(started), operations(), timeout)
        .thenApply(done -> ordered(started, done));
  }

  /** Runs a mutating call; while the project is locked by running operations, waits for them and repeats it. */
  <T> T unlocked(Supplier<T> call) {
    return waiter.repeatWhenLocked("neon project " + projectId, lockWait, call, Operations::lockedByOperations,
        left -> {
          List<NeonOperation> running = list().stream().limit(PAGE).filter(o -> !o.isFinal()).toList();
          if (!running.isEmpty()) waiter.awaitSettled(what(running), initial(running), operations(), left);
          return !running.isEmpty();
        });
  }

  /** A 423 because other operations run (worth waiting for), not for a quota or another reason. */
  static boolean lockedByOperations(ValetException e) {
    if (!(e instanceof LockedException locked)) return false;
    String m = locked.error().message() == null ? "" : locked.error().message().toLowerCase(Locale.ROOT);
    return m.contains("running operation") || m.contains("operation in progress")
        || m.contains("operations in progress");
  }

  private ApiCall<Envelopes.OperationEnvelope> getCall(String operationId, Duration timeLeft) {
    return ApiCall.<Envelopes.OperationEnvelope>get(Paths.of("projects", projectId, "operations", operationId),
        Envelopes.OperationEnvelope.class).toBuilder().timeout(timeLeft).build();
  }

  private String what(Collection<NeonOperation> ops) {
    return "neon operations " + ops.stream().limit(10).map(o -> clean(o.action().raw(), 60) + " " + clean(o.id(), 60))
        .toList() + (ops.size() > 10 ? " and " + (ops.size() - 10) + " more" : "");
  }

  /** Text the API chose (ids, actions, statuses, errors), with this client's secrets hidden, printable and cut. */
  String clean(String serverText, int maxChars) {
    return http.clean(serverText, maxChars);
  }

  /**
   * An id the API returned, before it goes into a path of a later call: one that cannot be a path segment (empty,
   * {@code .}, {@code ..}) means the answer broke its contract, a {@code PROTOCOL} error rather than the caller's.
   */
  ValetClientException unusableId(String what, String id) {
    try {
      Paths.segment(id);
      return null;
    } catch (IllegalArgumentException e) {
      return new ValetClientException(ValetClientException.Kind.PROTOCOL, "neon returned a " + what + " id that cannot "
          + "be used in a path ('" + clean(id, 40) + "'), so it cannot be read again", null, 1, false);
    }
  }

  private static Map<String, NeonOperation> initial(Collection<NeonOperation> ops) {
    Map<String, NeonOperation> m = new LinkedHashMap<>();
    for (NeonOperation o : ops) m.put(o.id(), o);
    return m;
  }

  private static List<NeonOperation> ordered(Collection<NeonOperation> started, Map<String, NeonOperation> done) {
    List<NeonOperation> out = new ArrayList<>(started.size());
    for (NeonOperation o : started) out.add(done.get(o.id()));
    return out;
  }

  private OperationWaiter.Operations<String, NeonOperation> operations() {
    return new OperationWaiter.Operations<>() {
      @Override
      public Map<String, NeonOperation> fetch(Collection<String> ids, Duration timeLeft) {
        Map<String, NeonOperation> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, http.execute(getCall(id, timeLeft)).operation());
        return out;
      }

      @Override
      public CompletableFuture<Map<String, NeonOperation>> fetchAsync(Collection<String> ids, Duration timeLeft) {
        CompletableFuture<Map<String, NeonOperation>> all = CompletableFuture.completedFuture(new LinkedHashMap<>());
        for (String id : ids) {
          all = all.thenCombine(http.executeAsync(getCall(id, timeLeft)), (m, e) -> {
            m.put(id, e.operation());
            return m;
          });
        }
        return all;
      }

      @Override
      public boolean finished(NeonOperation o) {
        return o.isFinal();
      }

      @Override
      public RuntimeException failure(NeonOperation o) {
        if (!o.failed()) return null;
        return new OperationFailedException("neon operation " + clean(o.id(), 60) + " (" + clean(o.action().raw(), 60)
            + ")", clean(o.status().raw(), 40), clean(o.error() == null ? "status " + o.status().raw() : o.error(), 300));
      }

      @Override
      public String describe(String id, NeonOperation o) {
        return "operation " + clean(id, 60) + " (" + clean(o.action().raw(), 60) + ", " + clean(o.status().raw(), 40)
            + ")";
      }
    };
  }
}
