package com.wekruit.valet.store;

import com.wekruit.valet.error.ValetException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multipart engine behind {@link ObjectStore#upload}: reads the stream on the caller's thread into at most
 * {@code partsInFlight + 1} buffers of {@code partSize} bytes, hashes it in order, uploads full parts on
 * {@code executor} while the next one fills, and completes only when every part succeeded and the caller's check
 * passed; on any failure it stops reading, waits for the parts in flight and aborts, so nothing partial remains.
 * Thread-safe; one call per upload.
 */
public final class StreamUploader {
  private static final Logger LOG = LoggerFactory.getLogger(StreamUploader.class);
  private final Executor executor;

  /** @param executor runs part uploads; needs at least {@code partsInFlight} threads to reach full parallelism */
  public StreamUploader(Executor executor) {
    this.executor = executor;
  }

  public UploadResult upload(String key, InputStream in, UploadOptions o, MultipartTarget target) {
    int size = o.partSize();
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(o.partsInFlight() + 1);
    int allocated = 0;
    MessageDigest sha = sha256();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    List<CompletableFuture<MultipartTarget.Part>> parts = new ArrayList<>();
    String uploadId = null;
    long total = 0;
    try {
      while (failed.get() == null) {
        byte[] buf = free.poll();
        if (buf == null && allocated <= o.partsInFlight()) {
          buf = new byte[size];
          allocated++;
        } else if (buf == null) {
          buf = free.take();
        }
        int n = in.readNBytes(buf, 0, size);
        sha.update(buf, 0, n);
        total += n;
        if (uploadId == null && n < size) { // the whole stream fits one part: one put, no multipart
          String hex = HexFormat.of().formatHex(sha.digest());
          check(o, total, hex, key);
          return new UploadResult(key, total, hex, 0, target.putSingle(buf, n));
        }
        if (n == 0) break;
        if (parts.size() == UploadOptions.MAX_PARTS) {
          throw new UploadAbortedException(key + ": the stream is longer than " + o.maxSize() + " bytes (10,000 parts"
              + " of " + size + "); raise partSize", null);
        }
        if (uploadId == null) uploadId = target.create();
        parts.add(send(target, uploadId, parts.size() + 1, buf, n, free, failed));
        if (n < size) break;
      }
      CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
      if (failed.get() != null) throw failed.get();
      String hex = HexFormat.of().formatHex(sha.digest());
      check(o, total, hex, key);
      List<MultipartTarget.Part> done = parts.stream().map(CompletableFuture::join)
          .sorted(Comparator.comparingInt(MultipartTarget.Part::number)).toList();
      return new UploadResult(key, total, hex, done.size(), target.complete(uploadId, done));
    } catch (Throwable e) {
      failed.compareAndSet(null, e);
      CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).exceptionally(x -> null).join();
      if (uploadId != null) abortQuietly(target, uploadId, key, e);
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      throw rethrow(key, e);
    }
  }

  private CompletableFuture<MultipartTarget.Part> send(MultipartTarget target, String uploadId, int number, byte[] buf,
      int n, BlockingQueue<byte[]> free, AtomicReference<Throwable> failed) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        if (failed.get() != null) throw new IllegalStateException("upload already failed");
        return new MultipartTarget.Part(number, target.uploadPart(uploadId, number, buf, n), n);
      } catch (RuntimeException | Error e) {
        failed.compareAndSet(null, e);
        throw e;
      } finally {
        free.offer(buf);
      }
    }, executor);
  }

  private static void check(UploadOptions o, long size, String sha256, String key) {
    boolean ok;
    try {
      ok = o.completeIf().test(new UploadOptions.StreamSummary(size, sha256));
    } catch (RuntimeException e) {
      throw new UploadAbortedException(key + ": the completion check failed: " + e, e);
    }
    if (!ok) throw new UploadAbortedException(key + ": the completion check refused " + size + " bytes", null);
  }

  private static void abortQuietly(MultipartTarget target, String uploadId, String key, Throwable cause) {
    try {
      target.abort(uploadId);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
      LOG.warn("{}: aborting the failed upload failed too; the store's lifecycle rule will remove it", key);
    }
  }

  private static RuntimeException rethrow(String key, Throwable e) {
    Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof ValetException v) return v;
    if (t instanceof IOException io) return new UploadAbortedException(key + ": reading the source failed: " + io, io);
    if (t instanceof InterruptedException ie) return new UploadAbortedException(key + ": interrupted", ie);
    if (t instanceof Error err) throw err;
    return new UploadAbortedException(key + ": " + t, t);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
