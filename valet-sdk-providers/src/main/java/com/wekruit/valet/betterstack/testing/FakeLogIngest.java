package com.wekruit.valet.betterstack.testing;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Better Stack's log ingest ({@code POST /} with a source token): gzip or plain, a JSON object, a JSON array or
 * NDJSON; 202 on success, 403 on a wrong token, 406 on unparseable JSON, 413 over the size limit. Failures can be
 * scripted ({@link #failNext}, {@link #failAlways}). Counts every line it accepted. Synchronized.
 */
final class FakeLogIngest {
  private static final JsonAdapter<Object> ANY = ValetJson.moshi().adapter(Object.class);
  private final String sourceToken;
  private final List<Map<String, Object>> lines = new ArrayList<>();
  private int maxBytes;
  private int failuresLeft;
  private int failStatus;
  private long requests;
  private long wireBytes;

  FakeLogIngest(String sourceToken, int maxBytes) {
    this.sourceToken = sourceToken;
    this.maxBytes = maxBytes;
  }

  synchronized void failNext(int times, int status) {
    this.failuresLeft = times;
    this.failStatus = status;
  }

  synchronized void limit(int bytes) {
    this.maxBytes = bytes;
  }

  /** Waits until at least {@code n} lines arrived; false when {@code timeoutMillis} ran out first. */
  synchronized boolean awaitLines(int n, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (lines.size() < n) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) return false;
      wait(left);
    }
    return true;
  }

  synchronized void failAlways(int status) {
    failNext(Integer.MAX_VALUE, status);
  }

  synchronized List<Map<String, Object>> lines() {
    return List.copyOf(lines);
  }

  synchronized long requests() {
    return requests;
  }

  synchronized long wireBytes() {
    return wireBytes;
  }

  synchronized FakeUptimeState.Reply ingest(String authorization, String encoding, byte[] raw) {
    requests++;
    wireBytes += raw.length;
    if (!("Bearer " + sourceToken).equals(authorization)) return new FakeUptimeState.Reply(403, "Unauthorized");
    if (failuresLeft > 0) {
      failuresLeft--;
      return new FakeUptimeState.Reply(failStatus, "scripted failure");
    }
    if (raw.length > maxBytes) return new FakeUptimeState.Reply(413, "payload reached size limit");
    List<Map<String, Object>> parsed = new ArrayList<>();
    try {
      String text = new String("gzip".equalsIgnoreCase(encoding)
          ? new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes() : raw, StandardCharsets.UTF_8).strip();
      if (text.startsWith("[") || text.indexOf('\n') < 0) add(parsed, ANY.fromJson(text));
      else for (String line : text.split("\n")) if (!line.isBlank()) add(parsed, ANY.fromJson(line));
    } catch (IOException | RuntimeException e) {
      return new FakeUptimeState.Reply(406, "Couldn't parse JSON content.");
    }
    lines.addAll(parsed);
    notifyAll();
    return new FakeUptimeState.Reply(202, "");
  }

  @SuppressWarnings("unchecked")
  private static void add(List<Map<String, Object>> out, Object json) {
    if (json instanceof List<?> l) for (Object o : l) out.add((Map<String, Object>) o);
    else out.add((Map<String, Object>) json);
  }
}
