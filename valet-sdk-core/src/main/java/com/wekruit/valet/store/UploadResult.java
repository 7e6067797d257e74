package com.wekruit.valet.store;

/**
 * A finished upload.
 *
 * @param size bytes read from the stream and stored
 * @param sha256 lower-case hex SHA-256 of the stream
 * @param parts multipart parts sent (0 when the stream fitted into one put)
 */
public record UploadResult(String key, long size, String sha256, int parts, String etag) {}
