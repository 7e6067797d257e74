package com.wekruit.valet.store;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.internal.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multipart engine behind {@link ObjectStore#upload}: reads the stream on the caller's thread into at most
 * {@code partsInFlight + 1} buffers of {@code partSize} bytes, uploads at most {@code partsInFlight} full parts at once
 * on {@code executor} while the next one fills, hashes the parts in order on {@code executor} too (so the reading
 * thread only reads), and completes only when every part succeeded and the caller's check passed; on any failure (the
 * stream, a part, the check, the completion, an interrupt of the calling thread) it stops reading, waits for the parts
 * in flight and aborts, so nothing partial remains. An interrupt is kept set on the calling thread and does not stop
 * the abort. Thread-safe; one call per upload.
 */
public final class StreamUploader {
  private static final Logger LOG = LoggerFactory.getLogger(StreamUploader.class);
  private final Executor executor;

  /** @param executor runs part uploads and hashing; needs {@code partsInFlight + 1} threads for full parallelism */
  public StreamUploader(Executor executor) {
    this.executor = executor;
  }

  public UploadResult upload(String key, InputStream in, UploadOptions o, MultipartTarget target) {
    int size = o.partSize();
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(o.partsInFlight() + 1);
    Semaphore slots = new Semaphore(o.partsInFlight());
    int allocated = 0;
    MessageDigest sha = Digests.sha256();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    List<CompletableFuture<MultipartTarget.Part>> parts = new ArrayList<>();
    CompletableFuture<Void> hashed = CompletableFuture.completedFuture(null);
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
        total += n;
        if (uploadId == null && n < size) { // the whole stream fits one part: one put, no multipart
          sha.update(buf, 0, n);
          String hex = HexFormat.of().formatHex(sha.digest());
          check(o, total, hex, key);
          stopIfInterrupted();
          return new UploadResult(key, total, hex, 0, target.putSingle(buf, n));
        }
        if (n == 0) break;
        if (parts.size() == UploadOptions.MAX_PARTS) {
          throw new UploadAbortedException(key + ": the stream is longer than " + o.maxSize() + " bytes (10,000 parts"
              + " of " + size + "); raise partSize", null);
        }
        if (uploadId == null) {
          stopIfInterrupted();
          uploadId = target.create();
        }
        slots.acquire();
        byte[] b = buf;
        CompletableFuture<Void> hash = hashed.thenRunAsync(() -> sha.update(b, 0, n), executor);
        hashed = hash;
        CompletableFuture<MultipartTarget.Part> part = send(target, uploadId, parts.size() + 1, b, n, slots, failed);
        parts.add(part);
        pending.add(part);
        pending.add(hash);
        CompletableFuture.allOf(hash, part).whenComplete((v, x) -> {
          if (x != null) failed.compareAndSet(null, x);
          free.offer(b);
        });
        if (n < size) break;
      }
      awaitAll(pending);
      if (failed.get() != null) throw failed.get();
      String hex = HexFormat.of().formatHex(sha.digest());
      check(o, total, hex, key);
      List<MultipartTarget.Part> done = parts.stream().map(CompletableFuture::join)
          .sorted(Comparator.comparingInt(MultipartTarget.Part::number)).toList();
      stopIfInterrupted();
      return new UploadResult(key, total, hex, done.size(), target.complete(uploadId, done));
    } catch (Throwable e) {
      // cleared while waiting and aborting (a store client may refuse to send on an interrupted thread), then kept
      boolean interrupted = Thread.interrupted() || e instanceof InterruptedException;
      failed.compareAndSet(null, e);
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(x -> null).join();
      if (uploadId != null) abortQuietly(target, uploadId, key, e);
      if (interrupted) Thread.currentThread().interrupt();
      throw rethrow(key, e);
    }
  }

  private static void stopIfInterrupted() throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
  }

  /** Waits for every part and hash; interruptible. Failures are recorded in {@code failed} by the parts. */
  private static void awaitAll(List<CompletableFuture<?>> pending) throws InterruptedException {
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException recorded) {
      // the part or hash set failed
    }
  }

  private CompletableFuture<MultipartTarget.Part> send(MultipartTarget target, String uploadId, int number, byte[] buf,
      int n, Semaphore slots, AtomicReference<Throwable> failed) {
    try {
      return CompletableFuture.supplyAsync(() -> {
        try {
          if (failed.get() != null) throw new IllegalStateException("upload already failed");
          return new MultipartTarget.Part(number, target.uploadPart(uploadId, number, buf, n), n);
        } catch (RuntimeException | Error e) {
          failed.compareAndSet(null, e);
          throw e;
        } finally {
          slots.release();
        }
      }, executor);
    } catch (RuntimeException rejected) {
      slots.release();
      throw rejected;
    }
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

}
