package com.wekruit.valet.health.checks;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/** Looks for a keyword in the first bytes of a response body, reading no more than it needs. Stateless. */
final class BodyScan {
  private BodyScan() {}

  /**
   * Whether {@code keyword}, encoded in the body's declared charset (default UTF-8), lies within the first
   * {@code limit} bytes of the body. Reads segment by segment and stops at the match, at the end of the body, or once
   * {@code limit} bytes are in (at most one segment more), so an endless or huge body costs bounded time and memory.
   */
  static boolean contains(ResponseBody body, String keyword, long limit) throws IOException {
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    ByteString needle = ByteString.of(keyword.getBytes(charset == StandardCharsets.UTF_16
        ? StandardCharsets.UTF_16BE : charset));
    BufferedSource source = body.source();
    Buffer read = source.getBuffer();
    long from = 0;
    while (true) {
      long found = read.indexOf(needle, from);
      if (found >= 0) return found + needle.size() <= limit;
      long size = read.size();
      if (size >= limit || !source.request(size + 1)) return false;
      from = Math.max(0, size - needle.size() + 1);
    }
  }
}
