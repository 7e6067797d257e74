package com.wekruit.valet.store;

import com.wekruit.valet.paging.Paginator;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

/**
 * A bucket of objects: put, streamed multipart upload of unknown length, get, head, list by prefix, delete one and
 * many, and the incomplete multipart uploads left behind by crashed writers. Every failure is a
 * {@link com.wekruit.valet.error.ValetException} ({@code NotFoundException} for a missing key on get).
 *
 * <p>Implementations are thread-safe; share one per bucket.
 */
public interface ObjectStore {

  /** Stores {@code bytes} under {@code key} in one request, replacing any object there. */
  ObjectInfo put(String key, byte[] bytes, String contentType);

  /**
   * Streams {@code in} (of unknown length) into the object {@code key}: a multipart upload whose parts all have
   * {@link UploadOptions#partSize()} bytes but the last, with memory bounded to part size × (parts in flight + 1) and
   * the stream's SHA-256 computed on the way. On any failure (the stream, a part, the caller's completion check) the
   * upload is aborted, so no partial object ever becomes visible. A stream shorter than one part is sent as one put.
   * The stream is read to its end or the failure, and not closed.
   */
  UploadResult upload(String key, InputStream in, UploadOptions options);

  /** Opens an object for reading; close the result. @throws com.wekruit.valet.error.NotFoundException if missing */
  ObjectContent get(String key);

  /** The object's metadata, or empty when there is no such key. */
  Optional<ObjectInfo> head(String key);

  /** Objects whose key starts with {@code prefix} ({@code ""} for all), in key order, lazily page by page. */
  Paginator<ObjectInfo> list(String prefix);

  /** Deletes one object; deleting a missing key succeeds. */
  void delete(String key);

  /** Deletes many objects in as few requests as the store allows; reports keys that could not be deleted. */
  DeleteResult deleteAll(Collection<String> keys);

  /** Multipart uploads started under {@code prefix} and neither completed nor aborted. */
  Paginator<IncompleteUpload> incompleteUploads(String prefix);

  /** Aborts an incomplete upload and frees its parts; aborting one that is gone succeeds. */
  void abort(IncompleteUpload upload);
}
