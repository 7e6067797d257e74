package com.wekruit.valet.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackTest {
  @Test
  void localhostAndLoopbackLiterals_areLoopback() {
    for (String h : List.of("localhost", "127.0.0.1", "127.1.2.3", "127.255.255.255", "127.0.0.0", "::1", "[::1]",
        "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]")) {
      assertTrue(Loopback.isLoopback(h), h);
    }
  }

  @Test
  void everythingElse_isNot() {
    assertFalse(Loopback.isLoopback(null));
    for (String h : List.of("", "example.com", "localhost.example.com", "128.0.0.1", "127.0.0.256", "127.0.0",
        "127.0.0.1.nip.io", "10.0.0.1", "::2", "[::2]", "[::1", "::1]", "[localhost]x", "0.0.0.0", "::")) {
      assertFalse(Loopback.isLoopback(h), h);
    }
  }
}
