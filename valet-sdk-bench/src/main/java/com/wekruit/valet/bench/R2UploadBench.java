package com.wekruit.valet.bench;

import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.store.UploadOptions;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.openjdk.jmh.annotations.*;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * R2 stream upload throughput to s3proxy (filesystem store) beside two floors on the same bytes and the same S3 client
 * settings: one {@code PutObject} of the whole stream (length known up front) and a plain sequential multipart loop.
 * Each op uploads {@link #SIZE} bytes; the heap's high-water mark per benchmark is printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class R2UploadBench {
  static final long SIZE = 64L * 1024 * 1024;
  static final int PART = 8 * 1024 * 1024;
  private S3Proxy proxy;
  private S3Client s3;
  private R2ObjectStore store;
  private int n;

  @Setup(Level.Trial)
  public void start() throws Exception {
    proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(Files.createTempDirectory("r2bench").toAbsolutePath().toString()))
        .endpoint(URI.create("http://127.0.0.1:0")).awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "ak", "sk")
        .build();
    proxy.start();
    String endpoint = "http://127.0.0.1:" + proxy.getPort();
    s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of("auto"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("ak", "sk")))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false)
            .build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClient(UrlConnectionHttpClient.create()).build();
    s3.createBucket(b -> b.bucket("bench"));
    store = R2ObjectStore.builder().credentials("ak", "sk").bucket("bench").endpoint(endpoint).build();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  @TearDown(Level.Trial)
  public void stop(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    }
    System.out.println("HEAP_PEAK " + params.getBenchmark() + " " + peak / (1024 * 1024) + " MiB (client and s3proxy)");
    store.close();
    s3.close();
    proxy.stop();
  }

  /** The SDK: a stream of unknown length, 8 MiB parts, 2 in flight, SHA-256 on the way. */
  @Benchmark
  public String sdkStreamUpload() {
    return store.upload("sdk/" + (n++ % 4), stream(SIZE), UploadOptions.builder().partSize(PART).partsInFlight(2)
        .build()).etag();
  }

  /** Floor: one PutObject of the same bytes, length known in advance. */
  @Benchmark
  public String plainPutObject() {
    return s3.putObject(b -> b.bucket("bench").key("put/" + (n++ % 4)),
        RequestBody.fromContentProvider(() -> stream(SIZE), SIZE, "application/octet-stream")).eTag();
  }

  /** Floor: create, the same 8 MiB parts one after another, complete; no hashing, no parallelism. */
  @Benchmark
  public String rawMultipartLoop() throws Exception {
    String key = "raw/" + (n++ % 4);
    String id = s3.createMultipartUpload(b -> b.bucket("bench").key(key)).uploadId();
    List<CompletedPart> parts = new ArrayList<>();
    byte[] buf = new byte[PART];
    try (InputStream in = stream(SIZE)) {
      for (int part = 1, len; (len = in.readNBytes(buf, 0, PART)) > 0; part++) {
        int p = part;
        int l = len;
        String etag = s3.uploadPart(b -> b.bucket("bench").key(key).uploadId(id).partNumber(p).contentLength((long) l),
            RequestBody.fromContentProvider(() -> new java.io.ByteArrayInputStream(buf, 0, l), l,
                "application/octet-stream")).eTag();
        parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
      }
    }
    return s3.completeMultipartUpload(b -> b.bucket("bench").key(key).uploadId(id)
        .multipartUpload(m -> m.parts(parts))).eTag();
  }

  /** Deterministic bytes, generated as read (never held whole). */
  static InputStream stream(long size) {
    return new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? (int) (left & 0x7f) : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) return -1;
        int k = (int) Math.min(len, left);
        for (int i = 0; i < k; i++) b[off + i] = (byte) ((left - i - 1) & 0x7f);
        left -= k;
        return k;
      }
    };
  }
}
