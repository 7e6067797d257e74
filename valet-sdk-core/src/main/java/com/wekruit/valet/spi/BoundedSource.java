package com.wekruit.valet.spi;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/** Stops reading a body past a byte limit, so an endless response cannot exhaust memory. */
final class BoundedSource extends ForwardingSource {
  private final long limit;
  private long read;

  BoundedSource(Source delegate, long limit) {
    super(delegate);
    this.limit = limit;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    long n = super.read(sink, Math.min(byteCount, limit + 1 - read));
    if (n > 0) read += n;
    if (read > limit) throw new TooLarge(limit);
    return n;
  }

  /** The body was longer than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("response body larger than " + limit + " bytes");
    }
  }
}
