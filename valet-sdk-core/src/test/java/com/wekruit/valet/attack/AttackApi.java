package com.wekruit.valet.attack;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.internal.Causes;
import com.wekruit.valet.json.Required;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Credentials;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import com.wekruit.valet.spi.ResponseCodec;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

/** A provider-neutral API for attacks, with the README's Hetzner-like rules. */
public final class AttackApi {
  public static final String TOKEN = "atk-Tok3n-9f8e7d6c5b";

  public record Thing(@Required long id, String name, List<String> tags) {}

  public record ThingEnvelope(@Required Thing thing) {}

  public record ThingPage(List<Thing> things, String next) {}

  public static final ResponseInterpreter INTERPRETER = new ResponseInterpreter() {
    @Override
    public ProviderError parseError(int status, String contentType, String body) {
      int c = body.indexOf("\"code\":\"");
      int m = body.indexOf("\"message\":\"");
      return ProviderError.of(c < 0 ? null : body.substring(c + 8, body.indexOf('"', c + 8)),
          m < 0 ? null : body.substring(m + 11, body.indexOf('"', m + 11)));
    }

    @Override
    public RetrySafety classify(int status, String code) {
      if (status == 429 || "conflict".equals(code)) return RetrySafety.REJECTED;
      return status == 502 || status == 504 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
    }
  };

  public static final ProviderProfile PROFILE = new ProviderProfile("attack", "https://api.example.invalid",
      INTERPRETER, RateLimitReader.headers("RateLimit-"), Duration.ofSeconds(2));

  public static final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials = Credentials.bearer(TOKEN);

    public Builder credentials(Credentials c) {
      this.credentials = c;
      return this;
    }

    public HttpTransport build() {
      return transport(PROFILE, credentials);
    }
  }

  public static ApiCall<ThingEnvelope> getThing() {
    return ApiCall.<ThingEnvelope>builder("GET", "/things/7", ResponseCodec.json(ThingEnvelope.class)).build();
  }

  public static ApiCall<ThingEnvelope> postThing() {
    return ApiCall.<ThingEnvelope>builder("POST", "/things", ResponseCodec.json(ThingEnvelope.class))
        .json(new Thing(1, "x", List.of())).build();
  }

  /** Every place a secret could show: message, toString, causes, stack trace, API error fields. */
  public static String everything(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    StringBuilder b = new StringBuilder(w.toString());
    for (Throwable c = e; c != null; c = c.getCause()) b.append('\n').append(c).append('\n').append(c.getMessage());
    if (e instanceof com.wekruit.valet.error.ValetApiException api) {
      b.append('\n').append(api.providerCode()).append('\n').append(api.requestId()).append('\n').append(api.error());
    }
    return b.toString();
  }

  private AttackApi() {}

  static {
    // keep a reference so the class loads the internal helper used by assertions elsewhere
    Causes.class.getName();
    ValetException.class.getName();
  }
}
