package com.wekruit.valet.r2;

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

/** An in-process s3proxy 4.1.0 on loopback with a filesystem store (objects on disk, not on the test heap). */
public final class S3ProxyServer implements AutoCloseable {
  public static final String ACCESS = "r2-access-key-id-0123";
  public static final String SECRET = "r2-secret-Zq7WmX0nTest9f3b2c1d4e5f6a7b8c9d0e";
  final S3Proxy proxy;
  final Path dir;

  public S3ProxyServer() throws Exception {
    dir = Files.createTempDirectory("s3proxy");
    proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(dir.toString()))
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
    proxy.start();
    if (!"STARTED".equals(proxy.getState())) throw new IllegalStateException("s3proxy: " + proxy.getState());
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  /** A plain SDK client for setting up and checking behind the store's back. */
  public S3Client rawClient() {
    return S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.of("auto")).forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET))).build();
  }

  public R2ObjectStore.Builder store(String bucket) {
    try (S3Client s3 = rawClient()) {
      s3.createBucket(b -> b.bucket(bucket));
    }
    return R2ObjectStore.builder().accountId("023e105f4ecef8ad9ca31a8372d0c353").credentials(ACCESS, SECRET)
        .bucket(bucket).endpoint(endpoint());
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
