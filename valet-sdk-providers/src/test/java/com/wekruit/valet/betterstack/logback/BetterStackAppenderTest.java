package com.wekruit.valet.betterstack.logback;

import static org.junit.jupiter.api.Assertions.*;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;


/** The appender configured from logback.xml, shipping to the simulator's ingest; stop() flushes. */
class BetterStackAppenderTest {

  private static LoggerContext configure(String xml) throws Exception {
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new LogbackMDCAdapter()); // done by logback's SLF4J provider in an application
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(ctx);
    joran.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return ctx;
  }

  /** The appender from logback.xml, shipping to {@code fake}, sending only on stop (one batch, lines in order). */
  private static LoggerContext shippingTo(FakeBetterStack fake) throws Exception {
    return configure("""
        <configuration>
          <appender name="BS" class="com.wekruit.valet.betterstack.logback.BetterStackAppender">
            <sourceToken>%s</sourceToken>
            <ingestUrl>%s</ingestUrl>
            <appName>api</appName>
            <flushIntervalMillis>3600000</flushIntervalMillis>
          </appender>
          <root level="INFO"><appender-ref ref="BS"/></root>
        </configuration>""".formatted(FakeBetterStack.SOURCE_TOKEN, fake.logsUrl()));
  }

  @Test
  void fromLogbackXml_linesArriveWithLoggerMdcAndException_andStopFlushes() throws Exception {
    try (FakeBetterStack fake = FakeBetterStack.start()) {
      LoggerContext ctx = shippingTo(fake);
      Logger log = ctx.getLogger("com.example.Orders");
      ctx.getMDCAdapter().put("request_id", "r-42");
      log.info("order {} placed", 17);
      ctx.getMDCAdapter().clear();
      log.error("payment failed", new IllegalStateException("card declined"));
      log.debug("not shipped: below the root level");
      BetterStackAppender appender = (BetterStackAppender) ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("BS");
      assertTrue(appender.isStarted());
      ctx.stop();
      assertEquals(2, fake.ingestedLines().size());
      Map<String, Object> first = fake.ingestedLines().get(0);
      assertEquals("order 17 placed", first.get("message"));
      assertEquals("INFO", first.get("level"));
      assertEquals("com.example.Orders", first.get("logger"));
      assertEquals("api", first.get("app"));
      assertEquals(Map.of("request_id", "r-42"), first.get("mdc"));
      assertNotNull(first.get("dt"));
      assertTrue(String.valueOf(fake.ingestedLines().get(1).get("exception")).contains("card declined"));
      assertEquals(2, appender.stats().sent());
    }
  }

  @Test
  void messagesAreWhatLogbackFormats_andAMutableArgumentIsTakenAtTheCall() throws Exception {
    try (FakeBetterStack fake = FakeBetterStack.start()) {
      LoggerContext ctx = shippingTo(fake);
      Logger log = ctx.getLogger("com.example.Orders");
      StringBuilder state = new StringBuilder("pending");
      log.info("order {} is {}", 17L, state);
      state.replace(0, state.length(), "changed after the call");
      log.info("escaped \\{} and {} with {}", "ada",
          java.util.UUID.fromString("0f8e7c6a-0000-4000-8000-000000000042"));
      log.info("no arguments {}");
      ctx.stop();
      assertEquals("order 17 is pending", fake.ingestedLines().get(0).get("message"));
      assertEquals("escaped {} and ada with 0f8e7c6a-0000-4000-8000-000000000042",
          fake.ingestedLines().get(1).get("message"));
      assertEquals("no arguments {}", fake.ingestedLines().get(2).get("message"));
    }
  }

  @Test
  void withoutAToken_theAppenderReportsAnErrorAndStaysStopped() throws Exception {
    LoggerContext ctx = configure("""
        <configuration>
          <appender name="BS" class="com.wekruit.valet.betterstack.logback.BetterStackAppender"/>
          <root level="INFO"><appender-ref ref="BS"/></root>
        </configuration>""");
    BetterStackAppender appender = (BetterStackAppender) ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("BS");
    assertFalse(appender.isStarted());
    assertTrue(ctx.getStatusManager().getCopyOfStatusList().stream()
        .anyMatch(s -> s.getMessage().contains("sourceToken is not set")));
    ctx.getLogger("x").info("dropped by logback, not by us");
    assertEquals(0, appender.stats().accepted());
    ctx.stop();
  }
}
