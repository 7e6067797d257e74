package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token, env values and database passwords never show in logs, messages or toString(). */
class CoolifySecretsTest extends WireMockCoolify {
  private static final String VALUE = "sk_live_envValue_9876543210";

  @Test
  void token_neverAppearsInLogsMessagesOrToString() {
    validateSpec = false;
    wm.stubFor(get(API + "/applications/a").willReturn(jsonResponse(CoolifyPayloads.error(
        "Token " + TOKEN + " is not allowed."), 403)));
    wm.stubFor(get(API + "/applications/b").willReturn(jsonResponse(CoolifyPayloads.error("Unauthenticated."), 401)));
    wm.stubFor(get(API + "/applications/c").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      for (String id : List.of("a", "b", "c")) {
        ValetException e = assertThrows(ValetException.class, () -> coolify.applications().get(id));
        seen.add(e.getMessage());
        seen.add(e.toString());
      }
      seen.add(coolify.toString());
      seen.add(logs.all());
    }
    for (String s : seen) assertFalse(s.contains(TOKEN) || s.contains(TOKEN.substring(2)), "token leaked: " + s);
    assertTrue(seen.get(0).contains("****"), seen.get(0));
    wm.verify(getRequestedFor(urlEqualTo(API + "/applications/b")).withHeader("Authorization",
        equalTo("Bearer " + TOKEN)));
  }

  @Test
  void envValues_areRedactedFromEchoingErrors_andNeverPrinted() {
    wm.stubFor(patch(urlEqualTo(API + "/applications/app-1/envs")).willReturn(jsonResponse(CoolifyPayloads.validation(
        "value", "The value " + VALUE + " is invalid."), 422)));
    ValetException e = assertThrows(ValetException.class,
        () -> coolify.applications().envs("app-1").update(EnvVarRequest.of("STRIPE_KEY", VALUE)));
    assertFalse(e.getMessage().contains(VALUE), e.getMessage());
    assertFalse(EnvVarRequest.of("STRIPE_KEY", VALUE).toString().contains(VALUE));
    wm.stubFor(get(API + "/applications/app-1/envs").willReturn(okJson("[" + CoolifyPayloads.envVar("e-1", "STRIPE_KEY",
        VALUE, false) + "]")));
    EnvironmentVariable ev = coolify.applications().envs("app-1").list().get(0);
    assertEquals(VALUE, ev.value(), "the value is there for the caller");
    assertFalse(ev.toString().contains(VALUE), ev.toString());
  }

  @Test
  void credentials_areRefusedOverPlainHttpExceptLoopback() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoolifyClient.builder().token(TOKEN).instanceUrl("http://coolify.example.com").build());
    assertTrue(e.getMessage().contains("plain HTTP"));
    assertNotNull(CoolifyClient.builder().token(TOKEN).instanceUrl("http://127.0.0.1:8000").build());
  }

  @Test
  void fromEnv_readsUrlAndToken_andAppendsTheApiRoot() {
    wm.stubFor(get(API + "/version").willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("4.3.11")));
    for (String url : List.of(wm.baseUrl(), wm.baseUrl() + "/", wm.baseUrl() + "/api/v1")) {
      CoolifyClient c = CoolifyClient.fromEnv(Map.of("COOLIFY_URL", url, "COOLIFY_TOKEN", TOKEN)::get);
      assertEquals("4.3.11", c.version());
    }
    wm.verify(3, getRequestedFor(urlEqualTo(API + "/version")));
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> CoolifyClient.fromEnv(Map.of("COOLIFY_TOKEN", TOKEN)::get));
    assertTrue(missing.getMessage().contains("COOLIFY_URL"));
    assertThrows(IllegalStateException.class, () -> CoolifyClient.fromEnv(Map.of("COOLIFY_URL", "x")::get));
  }

  @Test
  void pollIntervals_areValidated() {
    assertThrows(IllegalArgumentException.class, () -> CoolifyClient.builder().pollInterval(
        java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(1)));
  }
}
