package com.wekruit.valet.r2;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An object's body that ends with an error, not silently, when the connection closes before the announced length
 * (the JDK's URLConnection reports such a cut as a normal end of stream), and whose SDK failures are plain
 * {@link IOException}s with the store's secrets removed.
 */
final class WholeBody extends FilterInputStream {
  private final long expected;
  private final String key;
  private final R2Errors errors;
  private long read;
  private long mark;

  WholeBody(InputStream in, long expected, String key, R2Errors errors) {
    super(in);
    this.expected = expected;
    this.key = key;
    this.errors = errors;
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (SdkException e) {
      throw failure(e);
    }
    if (b < 0) checkEnd();
    else read++;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (SdkException e) {
      throw failure(e);
    }
    if (n < 0) checkEnd();
    else read += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s;
    try {
      s = super.skip(n);
    } catch (SdkException e) {
      throw failure(e);
    }
    read += Math.max(0, s);
    return s;
  }

  @Override
  public synchronized void mark(int limit) {
    super.mark(limit);
    mark = read;
  }

  @Override
  public synchronized void reset() throws IOException {
    super.reset();
    read = mark;
  }

  private void checkEnd() throws IOException {
    if (expected >= 0 && read < expected) {
      throw new IOException(errors.clean(key) + ": the connection ended after " + read + " of " + expected + " bytes");
    }
  }

  private IOException failure(SdkException e) {
    return new IOException(errors.clean(key) + ": " + errors.clean(e.getClass().getSimpleName() + ": "
        + e.getMessage()));
  }
}
