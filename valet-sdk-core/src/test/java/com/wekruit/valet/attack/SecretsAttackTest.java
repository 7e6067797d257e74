package com.wekruit.valet.attack;

import static com.wekruit.valet.attack.AttackApi.TOKEN;
import static com.wekruit.valet.attack.AttackApi.everything;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Credentials;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.Paths;
import com.wekruit.valet.spi.ResponseCodec;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Promise 4: secrets never appear, whatever form the server echoes them in. */
class SecretsAttackTest {
  private final FakeTime time = new FakeTime();
  private final FaultServer server = newServer();

  private static FaultServer newServer() {
    try {
      return new FaultServer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private AttackApi.Builder builder() {
    return new AttackApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time)
        .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(500));
  }

  private ValetException fail(HttpTransport http, ApiCall<?> call) {
    return assertThrows(ValetException.class, () -> http.execute(call));
  }

  private static String echo(String s) {
    return "{\"error\":{\"code\":\"" + s + "\",\"message\":\"you sent " + s + "\"}}";
  }

  @Test
  void basicAuthorizationEchoed_base64OfUserColonPassword_isRedacted() {
    String user = "deploy";
    String password = "s3cr3t-pass-9z";
    String header = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    // the API echoes the Authorization header it got (common in 401 bodies and debug headers)
    server.otherwise(Reply.json(401, echo("Basic " + header), "X-Request-Id", header));
    HttpTransport http = builder().credentials(Credentials.basic(user, password)).build();
    String all = everything(fail(http, AttackApi.getThing()));
    String tail = header.substring(header.length() - 16); // base64 of the password part, misaligned
    assertFalse(all.contains(tail), "base64(user:password) tail " + tail + " leaks (decodes to the password):\n" + all);
  }

  @Test
  void tokenEchoedUpperCase_isRedacted() {
    String upper = TOKEN.toUpperCase(Locale.ROOT);
    server.otherwise(Reply.json(400, echo(upper)));
    String all = everything(fail(builder().build(), AttackApi.getThing()));
    assertFalse(all.toUpperCase(Locale.ROOT).contains(upper), "case-changed token leaks:\n" + all);
  }

  @Test
  void tokenEchoedAsUnpaddedOrUrlSafeBase64_isRedacted() {
    String token = "k?>tok3n~~value!"; // 16 bytes: base64 has padding, '+' and '/' in it
    String std = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    String url = Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    assertNotEquals(std, url);
    server.otherwise(Reply.json(400, echo("jwt-ish " + url)));
    String all = everything(fail(builder().credentials(Credentials.bearer(token)).build(), AttackApi.getThing()));
    assertFalse(all.contains(url), "base64url/unpadded token " + url + " leaks:\n" + all);
  }

  @Test
  void tokenEchoedBase64WithBearerPrefix_isRedacted() {
    String b64 = Base64.getEncoder().encodeToString(("Bearer " + TOKEN).getBytes(StandardCharsets.UTF_8));
    server.otherwise(Reply.json(400, echo(b64)));
    String all = everything(fail(builder().build(), AttackApi.getThing()));
    assertFalse(all.contains(b64.substring(12)), "base64('Bearer '+token) leaks (decodes to the token):\n" + all);
  }

  @Test
  void tokenEchoedLowerCasePercentEncoded_isRedacted() {
    String token = "tok/en+s3cret=value";
    String lower = "tok%2fen%2bs3cret%3dvalue"; // RFC 3986 allows either hex case; many servers emit lower
    server.otherwise(Reply.json(400, echo(lower)));
    String all = everything(fail(builder().credentials(Credentials.bearer(token)).build(), AttackApi.getThing()));
    assertFalse(all.contains(lower), "percent-encoded (lower hex) token leaks:\n" + all);
  }

  @Test
  void secretPathSegmentWithStar_isRedactedPercentEncodedToo() {
    String secret = "hb*s3cret*tok";
    server.otherwise(Reply.json(404, "{}"));
    ApiCall<String> call = ApiCall.<String>builder("POST", Paths.of("heartbeat", secret), ResponseCodec.text())
        .secret(secret).build();
    String all = everything(fail(builder().build(), call));
    assertFalse(all.contains("s3cret"), "secret path segment shows (Paths encodes '*' as %2A, URLEncoder keeps it):\n" + all);
  }

  @Test
  void apiCallToString_hidesSecretPathSegment() {
    String secret = "hb-s3cret-tok";
    ApiCall<String> call = ApiCall.<String>builder("POST", Paths.of("heartbeat", secret), ResponseCodec.text())
        .secret(secret).build();
    assertFalse(call.toString().contains(secret), call.toString());
  }

  @Test
  void cursorThatEchoesTheToken_isNotShownInPaginationProtocolError() {
    // a server that (for example) uses the caller's token as its cursor, and repeats it
    server.otherwise(Reply.json(200, "{\"things\":[{\"id\":1}],\"next\":\"" + TOKEN + "\"}"));
    HttpTransport http = builder().build();
    Paginator<AttackApi.Thing> p = Pagination.cursor(http,
        ApiCall.<AttackApi.ThingPage>builder("GET", "/things", ResponseCodec.json(AttackApi.ThingPage.class)).build(),
        "cursor", AttackApi.ThingPage::things, AttackApi.ThingPage::next);
    ValetException e = assertThrows(ValetException.class, () -> p.stream().count());
    assertFalse(everything(e).contains(TOKEN), everything(e));
  }

  @Test
  void longServerMessage_isCutWithAnAsciiMarker() {
    server.otherwise(Reply.json(400, "{\"error\":{\"code\":\"x\",\"message\":\"" + "m".repeat(2000) + "\"}}"));
    String m = fail(builder().build(), AttackApi.getThing()).getMessage();
    for (char c : m.toCharArray()) {
      assertTrue(c >= 0x20 && c < 0x7f, "non-printable-ASCII char U+" + Integer.toHexString(c) + " in message: " + m);
    }
  }

  @Test
  void tokenEchoedEverywhere_plainUrlEncodedBase64_acrossFailureKinds_andLogs() throws Exception {
    String b64 = Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
    List<Reply> replies = List.of(
        Reply.json(401, echo(TOKEN), "X-Request-Id", TOKEN, "WWW-Authenticate", "Bearer " + TOKEN),
        Reply.json(400, echo(b64), "X-Request-Id", b64),
        Reply.json(502, "{\"error\":{\"code\":\"" + TOKEN + "\"}}"),
        Reply.of(302, "text/plain", TOKEN, "Location", "https://evil.example/?t=" + TOKEN),
        Reply.garbage("HTTP/1.1 200 " + TOKEN + "\r\nContent-Length: 5\r\n\r\n{\"a\":"),
        Reply.garbage("HTTP/1.1 abc " + TOKEN + "\r\n\r\n"),
        Reply.garbage("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"thing\":{\"id\":\"" + TOKEN + "\"}}"),
        Reply.garbage("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"thing\":{\"id\":1,\"tags\":{\"" + TOKEN + "\":1}}}"),
        Reply.garbage("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"" + TOKEN + "\"}"),
        Reply.json(429, echo(TOKEN), "Retry-After", TOKEN, "RateLimit-Limit", TOKEN));
    try (LogCapture logs = LogCapture.everything()) {
      HttpTransport http = builder().build();
      for (Reply r : replies) {
        server.reset();
        server.otherwise(r);
        for (ApiCall<?> call : List.of(AttackApi.getThing(), AttackApi.postThing())) {
          time.advance(Duration.ofDays(2));
          ValetException e = fail(http, call);
          String all = everything(e);
          assertFalse(all.contains(TOKEN) || all.contains(b64), r + " leaks:\n" + all);
        }
      }
      assertFalse(logs.all().contains(TOKEN) || logs.all().contains(b64), logs.all());
    }
  }
}
