package com.wekruit.valet.coolify;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.WireMockApi;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server standing in for a Coolify instance; after each test every exchange is checked against the
 * OpenAPI 3.1 document by {@link CoolifySpec} (field names, types, enums, required request fields), with the real
 * API's shapes where the document is wrong ({@link CoolifySpecDeviations}).
 */
abstract class WireMockCoolify extends WireMockApi {
  static final String TOKEN = "3|wmCoolifyTokenA1b2C3d4E5f6";
  static final String API = "/api/v1";
  CoolifyClient coolify;

  @BeforeEach
  void newClient() {
    coolify = client(RetryPolicy.defaults());
  }

  CoolifyClient client(RetryPolicy retry) {
    return CoolifyClient.builder().token(TOKEN).instanceUrl(wm.baseUrl()).clock(time).ticker(time).sleeper(time)
        .retryPolicy(retry).readTimeout(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2),
            Duration.ofSeconds(10)).build();
  }

  @Override
  protected void assertExchangesMatchSpec(WireMockServer server) {
    assertAllMatchSpec(server);
  }

  /** Fails with every exchange that does not match the document (or its documented deviation). */
  static int assertAllMatchSpec(WireMockServer server) {
    List<String> problems = new ArrayList<>();
    List<ServeEvent> events = server.getAllServeEvents();
    for (ServeEvent e : events) {
      var req = e.getRequest();
      String path = URI.create(req.getUrl()).getRawPath();
      var ct = e.getResponse().getHeaders().getHeader("Content-Type");
      String contentType = ct.isPresent() ? ct.firstValue() : null;
      for (String p : CoolifySpec.check(req.getMethod().getName(), path, req.getBodyAsString(),
          e.getResponse().getStatus(), contentType, e.getResponse().getBodyAsString())) {
        problems.add(req.getMethod() + " " + req.getUrl() + " -> " + e.getResponse().getStatus() + ": " + p);
      }
    }
    if (!problems.isEmpty()) fail("Coolify spec violations:\n" + String.join("\n", problems));
    return events.size();
  }
}
