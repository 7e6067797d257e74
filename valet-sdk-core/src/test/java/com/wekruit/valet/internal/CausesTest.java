package com.wekruit.valet.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausesTest {
  private static final String TOKEN = "hcloud-secret-token";
  private final Redactor redactor = new Redactor(List.of(TOKEN));

  @Test
  void nullAndCleanChains_areKeptAsTheyAre() {
    assertNull(Causes.sanitize(null, redactor));
    IOException inner = new IOException("connection reset");
    IllegalStateException outer = new IllegalStateException(null, inner);
    assertSame(outer, Causes.sanitize(outer, redactor));
    IOException edges = new IOException(" printable ~ edges " + "x".repeat(281));
    assertEquals(300, edges.getMessage().length());
    assertSame(edges, Causes.sanitize(edges, redactor), "300 printable characters are fine");
  }

  @Test
  void aSecretAnywhereInTheChain_replacesEveryLink_keepingClassNamesAndStackTraces() {
    IOException inner = new IOException("auth failed for " + TOKEN);
    IllegalStateException outer = new IllegalStateException("call failed", inner);
    Throwable s = Causes.sanitize(outer, redactor);
    assertInstanceOf(Causes.Sanitized.class, s);
    assertEquals("java.lang.IllegalStateException: call failed", s.getMessage());
    assertArrayEquals(outer.getStackTrace(), s.getStackTrace());
    Throwable c = s.getCause();
    assertInstanceOf(Causes.Sanitized.class, c);
    assertEquals("java.io.IOException: auth failed for ****", c.getMessage());
    assertArrayEquals(inner.getStackTrace(), c.getStackTrace());
    assertNull(c.getCause());
  }

  @Test
  void longOrUnprintableMessages_areCleanedAndCut() {
    Throwable tooLong = Causes.sanitize(new IOException("y".repeat(301)), redactor);
    assertEquals("java.io.IOException: " + "y".repeat(300) + "...(1 more chars)", tooLong.getMessage());
    for (String bad : List.of("bell\u0007", "unit\u001f", "del\u007f", "caf\u00e9")) {
      Throwable s = Causes.sanitize(new IOException(bad), redactor);
      assertInstanceOf(Causes.Sanitized.class, s, bad);
      assertEquals("java.io.IOException: " + bad.substring(0, bad.length() - 1) + "?", s.getMessage());
    }
  }

  @Test
  void aNullMessage_isShownAsNull_whenItsChainNeedsCleaning() {
    Throwable s = Causes.sanitize(new RuntimeException(null, new IOException(TOKEN)), redactor);
    assertEquals("java.lang.RuntimeException: null", s.getMessage());
    assertEquals("java.io.IOException: ****", s.getCause().getMessage());
  }

  @Test
  void aCauseThatIsItself_doesNotLoop() {
    class SelfCaused extends RuntimeException {
      SelfCaused(String m) {
        super(m);
      }

      @Override
      public synchronized Throwable getCause() {
        return this;
      }
    }
    SelfCaused clean = new SelfCaused("plain");
    assertSame(clean, Causes.sanitize(clean, redactor));
    Throwable s = Causes.sanitize(new SelfCaused("leaks " + TOKEN), redactor);
    assertTrue(s.getMessage().endsWith("SelfCaused: leaks ****"), s.getMessage());
    assertNull(s.getCause());
  }
}
