package com.wekruit.valet.betterstack.logs;

import java.util.Arrays;

/**
 * Lines of one batch, encoded and joined by commas in one growing array ({@code line,line,line}), with where each
 * line ends: queued lines cost no object each (the garbage collector copies a few arrays, not a million small ones),
 * and a batch is gzipped as one range. {@link Part}s are ranges of lines (the ingest's 413 splits a batch in halves).
 * Guarded by {@link LogBuffer}'s lock while open; read-only once taken.
 */
final class Batch {
  private byte[] data;
  private int len;
  private int[] ends = new int[64];
  private int lines;
  private long lineBytes;

  Batch(int initialBytes) {
    data = new byte[initialBytes];
  }

  void add(byte[] line) {
    int need = len + line.length + 1;
    if (need > data.length) data = Arrays.copyOf(data, Math.max(need, data.length * 2));
    if (lines > 0) data[len++] = ',';
    System.arraycopy(line, 0, data, len, line.length);
    len += line.length;
    if (lines == ends.length) ends = Arrays.copyOf(ends, lines * 2);
    ends[lines++] = len;
    lineBytes += line.length;
  }

  int lines() {
    return lines;
  }

  /** Bytes used, commas included. */
  int size() {
    return len;
  }

  /** The lines' encoded bytes (commas not counted), what the memory bound counts. */
  long lineBytes() {
    return lineBytes;
  }

  Part all() {
    return new Part(this, 0, lines);
  }

  /** Lines {@code [from, to)} of a batch. */
  record Part(Batch batch, int from, int to) {
    int lines() {
      return to - from;
    }

    int start() {
      return from == 0 ? 0 : batch.ends[from - 1] + 1;
    }

    int end() {
      return batch.ends[to - 1];
    }

    byte[] data() {
      return batch.data;
    }

    long lineBytes() {
      return end() - start() - (lines() - 1L);
    }

    Part first() {
      return new Part(batch, from, from + lines() / 2);
    }

    Part second() {
      return new Part(batch, from + lines() / 2, to);
    }
  }
}
