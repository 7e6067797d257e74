package com.wekruit.valet.examples;

import com.wekruit.valet.r2.R2ObjectStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** s3proxy on loopback standing in for Cloudflare R2, objects on disk, with a {@code backups} bucket made over S3. */
final class LocalR2 implements AutoCloseable {
  static final String BUCKET = "backups";
  private static final String ACCESS = "demo-r2-access-key";
  private static final String SECRET = "demo-r2-secret-not-a-secret-0123456789";
  private final S3Proxy proxy;
  private final R2ObjectStore store;

  LocalR2() throws Exception {
    Path dir = Files.createTempDirectory("valet-demo-r2");
    proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(dir.toAbsolutePath().toString()))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      if ("FAILED".equals(proxy.getState())) throw new IllegalStateException("s3proxy did not start");
      Thread.onSpinWait();
    }
    try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.of("auto"))
        .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET))).build()) {
      s3.createBucket(b -> b.bucket(BUCKET));
    }
    store = R2ObjectStore.builder().accountId("0123456789abcdef0123456789abcdef").credentials(ACCESS, SECRET)
        .bucket(BUCKET).endpoint("http://127.0.0.1:" + proxy.getPort()).build();
  }

  R2ObjectStore store() {
    return store;
  }

  String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  @Override
  public void close() throws Exception {
    store.close();
    proxy.stop();
  }
}
