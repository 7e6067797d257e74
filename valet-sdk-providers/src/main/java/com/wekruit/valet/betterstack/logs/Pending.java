package com.wekruit.valet.betterstack.logs;

import java.util.Arrays;

/**
 * The lines of one batch as queued, not yet encoded, and the bytes they reserve. Guarded by {@link LogBuffer}'s
 * lock while open; owned by one shipper once taken.
 */
final class Pending {
  private LogEvent[] lines;
  private int count;
  private long reserved;

  Pending(int capacity) {
    lines = new LogEvent[Math.max(16, capacity)];
  }

  void add(LogEvent line) {
    if (count == lines.length) lines = Arrays.copyOf(lines, count * 2);
    lines[count++] = line;
    reserved += line.reserve();
  }

  int lines() {
    return count;
  }

  long reserved() {
    return reserved;
  }

  LogEvent line(int i) {
    return lines[i];
  }
}
