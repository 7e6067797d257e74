package com.wekruit.valet.coolify;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import com.wekruit.valet.spi.ResponseCodec;
import com.squareup.moshi.JsonDataException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

final class CoolifyClientImpl implements CoolifyClient {
  /** Coolify's conventions: message/errors bodies, status-derived codes, Laravel's {@code X-RateLimit-*} headers. */
  static final ProviderProfile PROFILE = new ProviderProfile("coolify", DEFAULT_BASE_URL, new CoolifyErrors(),
      RateLimitReader.headers("X-RateLimit-"), Duration.ofSeconds(60));
  /** {@code /version} and {@code /health} answer text/plain (the spec says text/html); accept both. */
  static final String TEXT = "text/plain, text/html;q=0.9, */*;q=0.1";
  private final HttpTransport http;
  private final Applications applications;
  private final Deployments deployments;
  private final Servers servers;
  private final Services services;
  private final Databases databases;

  CoolifyClientImpl(HttpTransport http, OperationWaiter waiter) {
    this.http = http;
    this.deployments = new Deployments(http, waiter);
    this.applications = new Applications(http, deployments);
    this.servers = new Servers(http);
    this.services = new Services(http);
    this.databases = new Databases(http);
  }

  /** What {@code /version} answers: {@code 4.3.11}, {@code v4.0.0-beta.420}. */
  private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)+([-+][0-9A-Za-z.-]+)?");
  /** Longer text than this is no version and no {@code OK}: a proxy's or the UI's page. */
  private static final int MAX_TEXT = 64;

  @Override
  public String version() {
    return text("/version", "a version like 4.3.11", s -> VERSION.matcher(s).matches());
  }

  @Override
  public String health() {
    return text("/health", "OK", s -> s.equalsIgnoreCase("OK"));
  }

  /**
   * A text/plain answer, stripped, or {@code UNDECODABLE_BODY} when it is not what the endpoint sends (a login page, a
   * proxy's error page on 200, JSON): the text is never returned unchecked.
   */
  private String text(String path, String expected, Predicate<String> valid) {
    ResponseCodec<String> codec = (body, empty) -> {
      if (!empty && body.request(MAX_TEXT + 1L)) {
        throw new JsonDataException("expected " + expected + ", got more than " + MAX_TEXT + " bytes of text");
      }
      String s = empty ? "" : body.readString(StandardCharsets.UTF_8).strip();
      if (!valid.test(s)) throw new JsonDataException("expected " + expected + ", got " + s.length() + " other chars");
      return s;
    };
    return http.execute(ApiCall.builder("GET", path, codec).accept(TEXT).build());
  }

  @Override
  public Applications applications() {
    return applications;
  }

  @Override
  public Deployments deployments() {
    return deployments;
  }

  @Override
  public Servers servers() {
    return servers;
  }

  @Override
  public Services services() {
    return services;
  }

  @Override
  public Databases databases() {
    return databases;
  }

  @Override
  public RateLimit rateLimit() {
    return http.rateLimit();
  }

  @Override
  public String toString() {
    return "CoolifyClient[" + http + "]";
  }
}
