package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens and legacy keys never show in logs, messages or toString(); credentials are sent the documented way. */
class CloudflareSecretsTest extends WireMockCloudflare {
  static final String EMAIL = "ops@example.com";
  static final String KEY = "c2547eb745079dac9320b638f5e225cf483cc5cfdda41";

  @Test
  void token_neverShows_evenWhenEchoed() {
    validateSpec = false;
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse(error("6003", "bad header Bearer " + TOKEN), 400)));
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      ValetException e = assertThrows(ValetException.class, () -> cf.zones().get(ZONE));
      seen.add(e.getMessage());
      seen.add(cf.toString());
      seen.add(logs.all());
    }
    for (String s : seen) assertFalse(s.contains(TOKEN), "token leaked in: " + s);
    assertTrue(seen.get(0).contains("****"), seen.get(0));
    wm.verify(getRequestedFor(urlEqualTo(zonePath(""))).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withoutHeader("X-Auth-Key"));
  }

  @Test
  void legacyKey_sendsEmailAndKeyHeaders_andRedactsBoth() {
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse(error("10000", "Authentication error for " + KEY), 403)));
    CloudflareClient legacy = CloudflareClient.builder().legacyKey(EMAIL, KEY).baseUrl(wm.baseUrl() + BASE).build();
    ValetException e = assertThrows(ValetException.class, () -> legacy.zones().get(ZONE));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(legacy.toString().contains(KEY));
    wm.verify(getRequestedFor(urlEqualTo(zonePath(""))).withHeader("X-Auth-Email", equalTo(EMAIL))
        .withHeader("X-Auth-Key", equalTo(KEY)).withoutHeader("Authorization"));
  }

  @Test
  void mixingTokenAndKey_isRefused_withoutEchoingEither() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CloudflareClient.builder().token(TOKEN).legacyKey(EMAIL, KEY));
    assertFalse(e.getMessage().contains(TOKEN) || e.getMessage().contains(KEY));
    assertThrows(IllegalStateException.class, () -> CloudflareClient.builder().build());
  }

  @Test
  void fromEnv_prefersTheToken_andRefusesPlainHttpElsewhere() {
    CloudflareClient c = CloudflareClient.fromEnv(Map.of("CLOUDFLARE_API_TOKEN", TOKEN, "CLOUDFLARE_API_KEY", KEY,
        "CLOUDFLARE_EMAIL", EMAIL, "CLOUDFLARE_BASE_URL", wm.baseUrl() + BASE)::get);
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse(error("1001", "Invalid zone identifier"), 404)));
    validateSpec = false;
    assertThrows(ValetException.class, () -> c.zones().get(ZONE));
    wm.verify(getRequestedFor(urlEqualTo(zonePath(""))).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThrows(IllegalStateException.class, () -> CloudflareClient.fromEnv(Map.<String, String>of()::get));
    IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
        () -> CloudflareClient.builder().token(TOKEN).baseUrl("http://api.example.com/client/v4").build());
    assertFalse(plain.getMessage().contains(TOKEN));
  }
}
