package com.wekruit.valet.hetzner;

import com.wekruit.valet.hetzner.testing.HetznerPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token never shows up in logs, exception messages or toString(), even when the API echoes it back. */
class HetznerSecretsTest extends WireMockHetzner {

  @Test
  void token_neverAppearsInLogsMessagesOrToString() {
    validateSpec = false;
    wm.stubFor(get("/v1/servers/1").willReturn(jsonResponse(HetznerPayloads.error("rate_limit_exceeded",
        "Limit of '3600' requests per hour for token '" + TOKEN + "' reached."), 429).withHeader("Retry-After", "1")));
    wm.stubFor(get("/v1/servers/2").willReturn(jsonResponse(HetznerPayloads.error("unauthorized", "bad token " + TOKEN), 401)));
    wm.stubFor(get("/v1/servers/3").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(get("/v1/servers/" + TOKEN).willReturn(jsonResponse(HetznerPayloads.error("not_found", "no"), 404)));
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      for (String id : List.of("1", "2", "3")) {
        ValetException e = assertThrows(ValetException.class, () -> hetzner.servers().get(Long.parseLong(id)));
        seen.add(e.getMessage());
        seen.add(e.toString());
        if (e.getCause() != null) seen.add(e.getCause().getMessage());
      }
      seen.add(hetzner.toString());
      seen.add(BearerToken.of(TOKEN).toString());
      assertFalse(logs.lines().isEmpty(), "the transport logged at debug level");
      seen.add(logs.all());
    }
    for (String s : seen) assertFalse(s.contains(TOKEN), "token leaked in: " + s);
    assertTrue(seen.get(0).contains("****"), "echoed token is redacted: " + seen.get(0));
    wm.verify(getRequestedFor(urlEqualTo("/v1/servers/2")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void credentials_areRefusedOverPlainHttpExceptLoopback() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HetznerClient.builder().token(TOKEN).baseUrl("http://api.example.com/v1").build());
    assertTrue(e.getMessage().contains("plain HTTP"));
    assertFalse(e.getMessage().contains(TOKEN));
    assertNotNull(HetznerClient.builder().token(TOKEN).baseUrl("http://127.0.0.1:1/v1").build());
    assertNotNull(HetznerClient.builder().token(TOKEN).baseUrl("https://api.example.com/v1").build());
  }

  @Test
  void malformedToken_isRejectedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HetznerClient.builder().token("abc def-secret"));
    assertFalse(e.getMessage().contains("def-secret"));
  }
}
