package com.wekruit.valet.store;

import java.util.List;

/**
 * SPI for store implementations: the object store calls {@link StreamUploader} with one of these per upload; the
 * uploader decides what to send. Methods may be called from several threads at once ({@link #uploadPart} for
 * different parts); they throw {@link com.wekruit.valet.error.ValetException}s. Not for users.
 */
public interface MultipartTarget {
  /** Stores a stream that fitted into one part as a single object; returns its etag. */
  String putSingle(byte[] bytes, int length);

  /** Starts a multipart upload; returns its id. */
  String create();

  /** Uploads part {@code number} (1-based) from {@code bytes[0..length)}; returns the part's etag. */
  String uploadPart(String uploadId, int number, byte[] bytes, int length);

  /** Completes the upload from its parts in order; returns the object's etag. */
  String complete(String uploadId, List<Part> parts);

  /** Aborts the upload; must succeed when the upload is already gone. */
  void abort(String uploadId);

  /** A part that was uploaded. */
  record Part(int number, String etag, int size) {}
}
