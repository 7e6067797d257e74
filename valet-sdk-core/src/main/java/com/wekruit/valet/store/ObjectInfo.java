package com.wekruit.valet.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a store knows about an object.
 *
 * @param etag the store's entity tag without quotes ({@code <md5>-<parts>} after a multipart upload on R2 and S3)
 * @param lastModified {@code null} when the store did not say (e.g. right after a put)
 * @param contentType {@code null} when unknown (listings do not carry it)
 */
public record ObjectInfo(String key, long size, String etag, Instant lastModified, String contentType) {
  public ObjectInfo {
    Objects.requireNonNull(key, "key");
  }
}
