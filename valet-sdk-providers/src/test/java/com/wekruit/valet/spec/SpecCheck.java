package com.wekruit.valet.spec;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Validates every request WireMock received, and the response it gave, against a provider's OpenAPI document from
 * {@code src/test/resources/specs/} (see the README there). Validators load once per test JVM.
 */
public final class SpecCheck {
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private SpecCheck() {}

  /** The validator for {@code /specs/<resource>}, after {@code fixups} (e.g. spelling fixes the validator needs). */
  public static OpenApiInteractionValidator validator(String resource, UnaryOperator<String> fixups) {
    return validator(resource, fixups, b -> b);
  }

  /**
   * The same with builder options, e.g. {@code withResolveCombinators(true)} for documents that compose responses
   * with {@code allOf} (Neon): each part forbids the others' properties unless merged.
   */
  public static OpenApiInteractionValidator validator(String resource, UnaryOperator<String> fixups,
      UnaryOperator<OpenApiInteractionValidator.Builder> options) {
    return VALIDATORS.computeIfAbsent(resource, r -> options.apply(
        OpenApiInteractionValidator.createForInlineApiSpecification(fixups.apply(load(r)))).build());
  }

  /** Fails with every violation found; returns how many exchanges were checked. */
  public static int assertAllValid(WireMockServer wm, OpenApiInteractionValidator validator) {
    List<String> problems = new ArrayList<>();
    List<ServeEvent> events = wm.getAllServeEvents();
    for (ServeEvent e : events) {
      ValidationReport report = validator.validate(request(e.getRequest()), response(e));
      if (report.hasErrors()) {
        problems.add(e.getRequest().getMethod() + " " + e.getRequest().getUrl() + " -> " + e.getResponse().getStatus()
            + ": " + report.getMessages());
      }
    }
    if (!problems.isEmpty()) fail("spec violations:\n" + String.join("\n", problems));
    return events.size();
  }

  public static Request request(LoggedRequest r) {
    URI uri = URI.create(r.getUrl());
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        b.withQueryParam(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    for (HttpHeader h : r.getHeaders().all()) b.withHeader(h.key(), h.values());
    String body = r.getBodyAsString();
    if (body != null && !body.isEmpty()) b.withBody(body);
    return b.build();
  }

  public static SimpleResponse response(ServeEvent e) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(e.getResponse().getStatus());
    for (HttpHeader h : e.getResponse().getHeaders().all()) b.withHeader(h.key(), h.values());
    String body = e.getResponse().getBodyAsString();
    if (body != null && !body.isEmpty()) b.withBody(body);
    return b.build();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public static String load(String name) {
    try (InputStream in = SpecCheck.class.getResourceAsStream("/specs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
