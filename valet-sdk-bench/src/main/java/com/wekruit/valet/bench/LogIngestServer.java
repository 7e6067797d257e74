package com.wekruit.valet.bench;

import com.squareup.moshi.JsonReader;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import okio.Okio;

/**
 * A Better Stack-like log ingest for {@link LogShipBench}, run in its own JVM: {@code POST /} takes a JSON array
 * (gzip or plain), counts its lines, answers 202; {@code GET /stats} returns {@code lines wireBytes requests
 * lastLineMicros} (the wall-clock time, in epoch microseconds, when the last counted batch was read). Prints its
 * port on stdout.
 */
public final class LogIngestServer {
  private static final AtomicLong LINES = new AtomicLong();
  private static final AtomicLong BYTES = new AtomicLong();
  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong LAST = new AtomicLong();

  private LogIngestServer() {}

  public static void main(String[] args) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    http.createContext("/", ex -> {
      try (ex) {
        if (ex.getRequestMethod().equals("GET")) {
          byte[] stats = (LINES.get() + " " + BYTES.get() + " " + REQUESTS.get() + " " + LAST.get())
              .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, stats.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(stats);
          }
          return;
        }
        byte[] raw = ex.getRequestBody().readAllBytes();
        REQUESTS.incrementAndGet();
        BYTES.addAndGet(raw.length);
        InputStream in = new ByteArrayInputStream(raw);
        if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) in = new GZIPInputStream(in);
        LINES.addAndGet(count(in));
        LAST.accumulateAndGet(LogShipBench.micros(), Math::max);
        ex.sendResponseHeaders(202, -1);
      }
    });
    http.setExecutor(Executors.newFixedThreadPool(2));
    http.start();
    System.out.println(http.getAddress().getPort());
    System.out.flush();
  }

  private static long count(InputStream in) throws IOException {
    try (JsonReader r = JsonReader.of(Okio.buffer(Okio.source(in)))) {
      long n = 0;
      r.beginArray();
      while (r.hasNext()) {
        r.skipValue();
        n++;
      }
      r.endArray();
      return n;
    }
  }
}
