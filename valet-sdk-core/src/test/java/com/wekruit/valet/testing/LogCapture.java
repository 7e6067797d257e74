package com.wekruit.valet.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures everything the SDK logs (SLF4J routed to java.util.logging in tests), at every level. */
public final class LogCapture extends Handler implements AutoCloseable {
  private static final Logger ROOT = Logger.getLogger("com.wekruit.valet");
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Level previous;

  public LogCapture() {
    previous = ROOT.getLevel();
    ROOT.setLevel(Level.ALL);
    setLevel(Level.ALL);
    ROOT.addHandler(this);
  }

  @Override
  public void publish(LogRecord r) {
    String msg = r.getMessage();
    Object[] params = r.getParameters();
    if (params != null) for (Object p : params) msg = msg + " " + p;
    if (r.getThrown() != null) msg = msg + " " + r.getThrown();
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
    ROOT.removeHandler(this);
    ROOT.setLevel(previous);
  }
}
