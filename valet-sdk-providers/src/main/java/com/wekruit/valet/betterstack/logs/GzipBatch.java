package com.wekruit.valet.betterstack.logs;

import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzips a batch as one JSON array ({@code [line,line,…]}) with one reused {@link Deflater} at level 1 (log lines
 * repeat themselves: level 1 keeps most of the gain at a third of the CPU), straight from the lines' encoded bytes.
 * One per shipper thread; not thread-safe.
 */
final class GzipBatch {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
  private static final byte[] OPEN = {'['};
  private static final byte[] COMMA = {','};
  private static final byte[] CLOSE = {']'};
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
  private final CRC32 crc = new CRC32();
  private byte[] out = new byte[64 * 1024];
  private int len;

  byte[] encode(List<LogEvent> lines) {
    deflater.reset();
    crc.reset();
    len = 0;
    put(HEADER, HEADER.length);
    long raw = 0;
    raw += feed(OPEN);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) raw += feed(COMMA);
      raw += feed(lines.get(i).json());
    }
    raw += feed(CLOSE);
    deflater.finish();
    while (!deflater.finished()) drain();
    long c = crc.getValue();
    byte[] trailer = {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24), (byte) raw, (byte) (raw >> 8),
        (byte) (raw >> 16), (byte) (raw >> 24)};
    put(trailer, trailer.length);
    byte[] body = Arrays.copyOf(out, len);
    if (out.length > 4 * 1024 * 1024) out = new byte[64 * 1024]; // do not keep a huge buffer between batches
    return body;
  }

  private int feed(byte[] b) {
    crc.update(b, 0, b.length);
    deflater.setInput(b);
    while (!deflater.needsInput()) drain();
    return b.length;
  }

  private void drain() {
    if (out.length - len < 8192) out = Arrays.copyOf(out, out.length * 2);
    len += deflater.deflate(out, len, out.length - len, Deflater.NO_FLUSH);
  }

  private void put(byte[] b, int n) {
    if (out.length - len < n) out = Arrays.copyOf(out, Math.max(out.length * 2, len + n));
    System.arraycopy(b, 0, out, len, n);
    len += n;
  }

  /** Frees the native zlib state (the shipper is done). */
  void close() {
    deflater.end();
  }
}
