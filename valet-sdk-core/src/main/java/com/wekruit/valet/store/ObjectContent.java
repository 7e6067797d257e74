package com.wekruit.valet.store;

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

  /** Reads the rest of the object into memory. */
  public byte[] readAllBytes() {
    try {
      return body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + info.key(), e);
    }
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
