package com.wekruit.valet.store;

import com.wekruit.valet.error.ValetClientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** An object being read: its metadata and its bytes. Close it to release the connection. Not thread-safe. */
public final class ObjectContent implements AutoCloseable {
  private final ObjectInfo info;
  private final InputStream body;

  public ObjectContent(ObjectInfo info, InputStream body) {
    this.info = info;
    this.body = body;
  }

  public ObjectInfo info() {
    return info;
  }

  /** The bytes, streamed from the store. */
  public InputStream stream() {
    return body;
  }

  /**
   * Reads the rest of the object into memory.
   *
   * @throws ValetClientException ({@code IO}) when the connection fails or ends before the object's size
   */
  public byte[] readAllBytes() {
    try {
      return body.readAllBytes();
    } catch (IOException | UncheckedIOException e) {
      throw new ValetClientException(ValetClientException.Kind.IO, "reading " + info.key() + " failed: "
          + cut(String.valueOf(e.getMessage())), null, 1, true);
    }
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // the connection is discarded either way
    }
  }
}
