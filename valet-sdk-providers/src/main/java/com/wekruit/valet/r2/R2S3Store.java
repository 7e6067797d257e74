package com.wekruit.valet.r2;

import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.store.DeleteResult;
import com.wekruit.valet.store.IncompleteUpload;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.StreamUploader;
import com.wekruit.valet.store.UploadOptions;
import com.wekruit.valet.store.UploadResult;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/** {@link R2ObjectStore} on the AWS SDK's S3 client. */
final class R2S3Store implements R2ObjectStore {
  private static final int DELETE_BATCH = 1000;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final S3Client s3;
  private final String bucket;
  private final String display;
  private final R2Errors errors;
  private final ExecutorService parts = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "r2-part-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });
  private final StreamUploader uploader = new StreamUploader(parts);

  R2S3Store(Builder b, URI endpoint) {
    this(b, endpoint, c -> {});
  }

  /** @param customize adjusts the S3 client before it is built (tests add interceptors) */
  R2S3Store(Builder b, URI endpoint, java.util.function.Consumer<S3ClientBuilder> customize) {
    this.bucket = b.bucket;
    this.display = "R2ObjectStore[" + endpoint.getHost() + "/" + b.bucket + "]";
    this.errors = new R2Errors(List.of(b.secretAccessKey, b.accessKeyId));
    S3ClientBuilder c = S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.of("auto"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(b.accessKeyId,
            b.secretAccessKey)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false)
            .build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(b.connectTimeout)
            .socketTimeout(b.socketTimeout).build());
    customize.accept(c);
    this.s3 = c.build();
  }

  @Override
  public String bucket() {
    return bucket;
  }

  @Override
  public ObjectInfo put(String key, byte[] bytes, String contentType) {
    String etag = target(key, contentType).putSingle(bytes, bytes.length);
    return new ObjectInfo(key, bytes.length, unquote(etag), null, contentType);
  }

  @Override
  public UploadResult upload(String key, InputStream in, UploadOptions options) {
    UploadResult r = uploader.upload(key, in, options, target(key, options.contentType()));
    return new UploadResult(r.key(), r.size(), r.sha256(), r.parts(), unquote(r.etag()));
  }

  @Override
  public ObjectContent get(String key) {
    try {
      ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key));
      GetObjectResponse r = in.response();
      long length = r.contentLength() == null ? -1 : r.contentLength();
      return new ObjectContent(new ObjectInfo(key, length, unquote(r.eTag()), r.lastModified(),
          r.contentType()), new WholeBody(in, length, key, errors));
    } catch (SdkException e) {
      throw errors.map("GetObject", key, e);
    }
  }

  @Override
  public Optional<ObjectInfo> head(String key) {
    try {
      HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key));
      return Optional.of(new ObjectInfo(key, r.contentLength(), unquote(r.eTag()), r.lastModified(), r.contentType()));
    } catch (NoSuchKeyException missing) {
      return Optional.empty();
    } catch (SdkException e) {
      throw errors.map("HeadObject", key, e);
    }
  }

  @Override
  public Paginator<ObjectInfo> list(String prefix) {
    return Paginator.of(token -> {
      try {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).continuationToken(token));
        List<ObjectInfo> items = r.contents().stream().map(o -> new ObjectInfo(o.key(), o.size(), unquote(o.eTag()),
            o.lastModified(), null)).toList();
        return new Page<>(items, Boolean.TRUE.equals(r.isTruncated()) ? r.nextContinuationToken() : null);
      } catch (SdkException e) {
        throw errors.map("ListObjectsV2", prefix, e);
      }
    });
  }

  @Override
  public void delete(String key) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw errors.map("DeleteObject", key, e);
    }
  }

  @Override
  public DeleteResult deleteAll(Collection<String> keys) {
    List<String> all = new ArrayList<>(keys);
    List<String> deleted = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i += DELETE_BATCH) {
      List<ObjectIdentifier> batch = all.subList(i, Math.min(all.size(), i + DELETE_BATCH)).stream()
          .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
      try {
        var r = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(false)));
        r.deleted().forEach(d -> deleted.add(d.key()));
        r.errors().forEach(e -> failed.put(e.key(), e.code() + ": " + e.message()));
      } catch (SdkException e) {
        throw errors.map("DeleteObjects", batch.size() + " keys from " + batch.get(0).key(), e);
      }
    }
    return new DeleteResult(deleted, failed);
  }

  @Override
  public Paginator<IncompleteUpload> incompleteUploads(String prefix) {
    return Paginator.of(token -> {
      String[] markers = token == null ? new String[2] : token.split("\n", 2);
      try {
        ListMultipartUploadsResponse r = s3.listMultipartUploads(b -> b.bucket(bucket).prefix(prefix)
            .keyMarker(markers[0]).uploadIdMarker(markers[1]));
        List<IncompleteUpload> items = r.uploads().stream()
            .map(u -> new IncompleteUpload(u.key(), u.uploadId(), u.initiated())).toList();
        String next = Boolean.TRUE.equals(r.isTruncated())
            ? r.nextKeyMarker() + "\n" + (r.nextUploadIdMarker() == null ? "" : r.nextUploadIdMarker()) : null;
        return new Page<>(items, next);
      } catch (SdkException e) {
        throw errors.map("ListMultipartUploads", prefix, e);
      }
    });
  }

  @Override
  public void abort(IncompleteUpload upload) {
    target(upload.key(), null).abort(upload.uploadId());
  }

  private R2Multipart target(String key, String contentType) {
    return new R2Multipart(s3, bucket, key, contentType, errors);
  }

  private static String unquote(String etag) {
    return etag != null && etag.length() >= 2 && etag.startsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
  }

  @Override
  public void close() {
    parts.shutdownNow();
    s3.close();
  }

  @Override
  public String toString() {
    return display;
  }
}
