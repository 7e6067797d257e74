package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
  static final class Builder extends ClientBuilder<Builder> {}

  @Test
  void everySetter_returnsTheSameBuilder() {
    Builder b = new Builder();
    FakeTime time = new FakeTime();
    assertSame(b, b.baseUrl("https://api.example.com/v1"));
    assertSame(b, b.okHttpClient(new OkHttpClient()));
    assertSame(b, b.connectTimeout(Duration.ofSeconds(1)));
    assertSame(b, b.readTimeout(Duration.ofSeconds(1)));
    assertSame(b, b.callTimeout(Duration.ofSeconds(1)));
    assertSame(b, b.retryPolicy(RetryPolicy.none()));
    assertSame(b, b.breakerPolicy(BreakerPolicy.disabled()));
    assertSame(b, b.maxResponseBytes(1));
    assertSame(b, b.clock(time));
    assertSame(b, b.ticker(time));
    assertSame(b, b.sleeper(time));
  }

  @Test
  void badSettings_areRejectedNamingTheSetting() {
    Builder b = new Builder();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.maxResponseBytes(0)).getMessage()
        .contains("maxResponseBytes"));
    assertThrows(IllegalArgumentException.class, () -> b.baseUrl("ftp://example.com"));
    assertThrows(IllegalArgumentException.class, () -> b.baseUrl("not a url"));
    assertEquals("baseUrl", assertThrows(NullPointerException.class, () -> b.baseUrl(null)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.connectTimeout(Duration.ZERO)).getMessage()
        .contains("connectTimeout"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.readTimeout(Duration.ofSeconds(-1))).getMessage()
        .contains("readTimeout"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.callTimeout(Duration.ZERO)).getMessage()
        .contains("callTimeout"));
    assertEquals("okHttpClient", assertThrows(NullPointerException.class, () -> b.okHttpClient(null)).getMessage());
    assertEquals("retryPolicy", assertThrows(NullPointerException.class, () -> b.retryPolicy(null)).getMessage());
    assertEquals("breakerPolicy", assertThrows(NullPointerException.class, () -> b.breakerPolicy(null)).getMessage());
    assertEquals("clock", assertThrows(NullPointerException.class, () -> b.clock(null)).getMessage());
    assertEquals("ticker", assertThrows(NullPointerException.class, () -> b.ticker(null)).getMessage());
    assertEquals("sleeper", assertThrows(NullPointerException.class, () -> b.sleeper(null)).getMessage());
  }
}
