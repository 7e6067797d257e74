package com.wekruit.valet.spi;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.json.Required;
import com.wekruit.valet.testing.faults.FaultServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A provider-neutral API for core's own tests: {@code {"error":{"code","message"}}} errors, Hetzner-like rules. */
final class TestApi {
  static final String TOKEN = "core-test-token-4f9a2c";

  record Thing(@Required long id, String displayName, List<String> tags, Map<String, String> labels) {}

  record ThingEnvelope(@Required Thing thing) {}

  record Envelope<T>(@Required T result, List<T> more) {}

  /** A page of things with each style's pointer to the next: a page number, a cursor or a link. */
  record Listing(List<Thing> things, Long nextPage, String next) {}

  static final ResponseInterpreter INTERPRETER = new ResponseInterpreter() {
    @Override
    public ProviderError parseError(int status, String contentType, String body) {
      if (body.startsWith("THROW")) throw new IllegalStateException("parser bug " + body);
      int c = body.indexOf("\"code\":\"");
      int m = body.indexOf("\"message\":\"");
      return ProviderError.of(c < 0 ? null : body.substring(c + 8, body.indexOf('"', c + 8)),
          m < 0 ? null : body.substring(m + 11, body.indexOf('"', m + 11)));
    }

    @Override
    public ProviderError inspectSuccess(int status, Object decoded) {
      return decoded instanceof Envelope<?> e && e.result() instanceof Thing t && t.id() < 0
          ? ProviderError.of("negative", "envelope says failure") : null;
    }

    @Override
    public RetrySafety classify(int status, String code) {
      if (status == 429 || "conflict".equals(code)) return RetrySafety.REJECTED;
      return status == 502 || status == 504 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
    }
  };

  static final ProviderProfile PROFILE = new ProviderProfile("testapi", "https://api.example.invalid",
      INTERPRETER, RateLimitReader.headers("RateLimit-"), Duration.ofSeconds(2));

  static final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials = BearerToken.of(TOKEN);

    Builder credentials(Credentials c) {
      this.credentials = c;
      return this;
    }

    HttpTransport build() {
      return transport(PROFILE, credentials);
    }
  }

  /** A fresh loopback {@link FaultServer}, for field initializers. */
  static FaultServer server() {
    try {
      return new FaultServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestApi() {}
}
