package com.wekruit.valet.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what is logged (SLF4J routed to java.util.logging in tests) at every level: by the SDK
 * ({@code new LogCapture()}) or by every library in the JVM ({@link #everything()}).
 */
public final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Level previous;

  public LogCapture() {
    this("com.wekruit.valet");
  }

  /** Everything every library logs, at every level (resilience4j, OkHttp, the SDK). */
  public static LogCapture everything() {
    return new LogCapture("");
  }

  private LogCapture(String name) {
    logger = Logger.getLogger(name);
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    setLevel(Level.ALL);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord r) {
    String msg = r.getMessage();
    Object[] params = r.getParameters();
    if (params != null) for (Object p : params) msg = msg + " " + p;
    for (Throwable t = r.getThrown(); t != null; t = t.getCause()) msg = msg + " " + t;
    lines.add(msg);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public String all() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
