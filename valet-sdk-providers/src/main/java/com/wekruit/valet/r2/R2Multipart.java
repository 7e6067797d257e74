package com.wekruit.valet.r2;

import com.wekruit.valet.store.MultipartTarget;
import java.io.ByteArrayInputStream;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;

/** One object's multipart upload on S3 calls, for {@link com.wekruit.valet.store.StreamUploader}. */
final class R2Multipart implements MultipartTarget {
  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final String contentType;
  private final R2Errors errors;

  R2Multipart(S3Client s3, String bucket, String key, String contentType, R2Errors errors) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.contentType = contentType;
    this.errors = errors;
  }

  /** A body over the buffer without copying it; the SDK may read it twice (signing, retry). */
  static RequestBody body(byte[] bytes, int length, String contentType) {
    return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length, contentType);
  }

  @Override
  public String putSingle(byte[] bytes, int length) {
    try {
      return s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), body(bytes, length, contentType))
          .eTag();
    } catch (SdkException e) {
      throw errors.map("PutObject", key, e);
    }
  }

  @Override
  public String create() {
    try {
      return s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
    } catch (SdkException e) {
      throw errors.map("CreateMultipartUpload", key, e);
    }
  }

  @Override
  public String uploadPart(String uploadId, int number, byte[] bytes, int length) {
    try {
      return s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
          .contentLength((long) length), body(bytes, length, "application/octet-stream")).eTag();
    } catch (SdkException e) {
      throw errors.map("UploadPart " + number, key, e);
    }
  }

  @Override
  public String complete(String uploadId, List<Part> parts) {
    List<CompletedPart> done = parts.stream()
        .map(p -> CompletedPart.builder().partNumber(p.number()).eTag(p.etag()).build()).toList();
    try {
      return s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
          .multipartUpload(m -> m.parts(done))).eTag();
    } catch (SdkException e) {
      throw errors.map("CompleteMultipartUpload", key, e);
    }
  }

  @Override
  public void abort(String uploadId) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (NoSuchUploadException gone) {
      // already aborted or completed elsewhere
    } catch (SdkException e) {
      throw errors.map("AbortMultipartUpload", key, e);
    }
  }
}
