package com.wekruit.valet.betterstack.logs;

/**
 * A taken batch encoded on its shipper's thread: the lines' JSON joined by commas in one reused buffer
 * ({@code line,line,line}) with where each line ends, gzipped as one range. {@link Part}s are ranges of lines (the
 * ingest's 413 splits a batch in halves). One per shipper, reused batch after batch; not thread-safe.
 */
final class Batch {
  private static final int KEEP = 16 * 1024 * 1024;
  private final LogJson json = new LogJson();
  private int[] ends = new int[1024];
  private int lines;

  /** Encodes {@code pending}'s lines, replacing what this batch held; returns their exact bytes (no commas). */
  long encode(Pending pending) {
    json.clear(KEEP);
    int n = pending.lines();
    if (ends.length < n) ends = new int[n];
    pending.encode(json, ends);
    lines = n;
    return json.length() - Math.max(0, n - 1L);
  }

  int lines() {
    return lines;
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
      return batch.json.bytes();
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
