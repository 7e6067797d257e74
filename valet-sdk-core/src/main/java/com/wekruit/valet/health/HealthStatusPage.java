package com.wekruit.valet.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The monitor's report as a small server-rendered HTML page for people, served beside the JSON endpoint: aggregate
 * status, one row per check and its last transitions, no external assets or scripts (a {@code default-src 'none'}
 * content security policy), reloading itself every {@code refresh}. Reads the cached report, so it never waits on a
 * check. Reasons, latencies and messages are shown only when {@code showDetails} accepts the exchange, as on
 * {@link HealthHttpHandler}. Answers 200 whatever the status (the JSON endpoint carries the 503). Thread-safe.
 *
 * <pre>{@code
 * HttpServer server = HealthHttpHandler.serve(new InetSocketAddress(8081), "/api/v1/health", new HealthHttpHandler(health));
 * server.createContext("/status", HealthStatusPage.builder(health).history(HealthHistory.attach(health)).build());
 * }</pre>
 */
public final class HealthStatusPage implements HttpHandler {
  private final HealthMonitor monitor;
  private final HealthHistory history;
  private final String title;
  private final long refreshSeconds;
  private final Predicate<HttpExchange> showDetails;
  private final Clock clock;

  private HealthStatusPage(Builder b) {
    this.monitor = b.monitor;
    this.history = b.history;
    this.title = b.title;
    this.refreshSeconds = b.refresh.toSeconds();
    this.showDetails = b.showDetails;
    this.clock = b.clock;
  }

  public static Builder builder(HealthMonitor monitor) {
    return new Builder(monitor);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (ExchangeGate.refused(exchange)) return;
      String method = exchange.getRequestMethod();
      byte[] body = render(showDetails.test(exchange)).getBytes(StandardCharsets.UTF_8);
      var h = exchange.getResponseHeaders();
      h.set("Content-Type", "text/html; charset=utf-8");
      h.set("Cache-Control", "no-store");
      h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The page for the current report. */
  public String render(boolean details) {
    return StatusPageHtml.render(monitor.report(), history, title, refreshSeconds, details, clock.instant());
  }

  @Override
  public String toString() {
    return "HealthStatusPage[" + title + ", refresh " + refreshSeconds + " s]";
  }

  /** Settings of a {@link HealthStatusPage}; defaults: no history, title "Health", refresh 10 s, no details. Not thread-safe. */
  public static final class Builder {
    private final HealthMonitor monitor;
    private HealthHistory history;
    private String title = "Health";
    private Duration refresh = Duration.ofSeconds(10);
    private Predicate<HttpExchange> showDetails = e -> false;
    private Clock clock = Clock.systemUTC();

    private Builder(HealthMonitor monitor) {
      this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    /** Where the page reads each check's last transitions (subscribe it to the monitor). */
    public Builder history(HealthHistory history) {
      this.history = Objects.requireNonNull(history, "history");
      return this;
    }

    public Builder title(String title) {
      if (title == null || title.isBlank()) throw new IllegalArgumentException("title must not be blank");
      this.title = title;
      return this;
    }

    /** How often the browser reloads the page, whole seconds from 1 s to 1 h. */
    public Builder refresh(Duration refresh) {
      Objects.requireNonNull(refresh, "refresh");
      if (refresh.toSeconds() < 1 || refresh.toSeconds() > 3600 || refresh.toNanosPart() != 0) {
        throw new IllegalArgumentException("refresh must be whole seconds in [1 s, 1 h]: " + refresh);
      }
      this.refresh = refresh;
      return this;
    }

    public Builder showDetails(Predicate<HttpExchange> showDetails) {
      this.showDetails = Objects.requireNonNull(showDetails, "showDetails");
      return this;
    }

    /** Wall clock for the page's "checked … ago" and the generation time. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public HealthStatusPage build() {
      return new HealthStatusPage(this);
    }
  }
}
