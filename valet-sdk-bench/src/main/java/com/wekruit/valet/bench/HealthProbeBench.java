package com.wekruit.valet.bench;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.health.checks.PostgresCheck;
import com.wekruit.valet.health.checks.RedisCheck;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import redis.embedded.RedisServer;

/**
 * The hot probe path, each SDK probe beside its floor on the same server: (a) HTTP on a keep-alive loopback connection,
 * (b) PostgreSQL on an open connection, (c) Redis PING. Servers run outside this JVM (child JVM, postgres and
 * redis-server processes).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HealthProbeBench {
  private static final long DEADLINE = TimeUnit.SECONDS.toNanos(2);
  private ChildServers servers;
  private EmbeddedPostgres postgres;
  private RedisServer redis;

  private HttpCheck httpCheck;
  private OkHttpClient okHttp;
  private Request okRequest;
  private RawHttp rawHttp;
  private PostgresCheck pgCheck;
  private Connection pgConnection;
  private RedisCheck redisCheck;
  private RawPing rawPing;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    servers = new ChildServers();
    String url = "http://127.0.0.1:" + servers.httpPort() + "/";
    httpCheck = HttpCheck.get(url).build();
    okHttp = new OkHttpClient.Builder().followRedirects(false).retryOnConnectionFailure(false).build();
    // the floors send exactly the probe's request: a different User-Agent alone shifts the server's time
    okRequest = new Request.Builder().url(url).header("User-Agent", HttpCheck.USER_AGENT).build();
    rawHttp = new RawHttp(servers.httpPort());

    postgres = EmbeddedPostgres.builder().start();
    String jdbc = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    pgCheck = PostgresCheck.builder(jdbc).user("postgres").build();
    pgConnection = DriverManager.getConnection(jdbc, "postgres", "");

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
    redis.start();
    redisCheck = RedisCheck.builder("127.0.0.1", port).build();
    rawPing = new RawPing(port);
    for (CheckResult r : new CheckResult[] {httpProbe(), pgProbe(), redisProbe()}) {
      if (r.reason() != com.wekruit.valet.health.Reason.OK) throw new IllegalStateException("probe not UP: " + r);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    httpCheck.close();
    pgCheck.close();
    pgConnection.close();
    redisCheck.close();
    rawHttp.socket.close();
    rawPing.socket.close();
    redis.stop();
    postgres.close();
    servers.close();
  }

  @Benchmark
  public CheckResult httpProbe() {
    return httpCheck.check(Deadline.in(DEADLINE));
  }

  @Benchmark
  public int httpBareOkHttp() throws IOException {
    try (Response r = okHttp.newCall(okRequest).execute()) {
      return r.code();
    }
  }

  /** The same GET with the call timeout the probe sets for its deadline. */
  @Benchmark
  public int httpBareOkHttpWithCallTimeout() throws IOException {
    okhttp3.Call call = okHttp.newCall(okRequest);
    call.timeout().timeout(2, TimeUnit.SECONDS);
    try (Response r = call.execute()) {
      return r.code();
    }
  }

  @Benchmark
  public int httpRawSocket() throws IOException {
    return rawHttp.get();
  }

  @Benchmark
  public CheckResult pgProbe() {
    return pgCheck.check(Deadline.in(DEADLINE));
  }

  @Benchmark
  public boolean pgIsValid() throws SQLException {
    return pgConnection.isValid(2);
  }

  @Benchmark
  public CheckResult redisProbe() {
    return redisCheck.check(Deadline.in(DEADLINE));
  }

  @Benchmark
  public boolean redisRawPing() throws IOException {
    return rawPing.ping();
  }

  /** The floor: one keep-alive socket, a fixed request, just enough parsing to find the end of the response. */
  static final class RawHttp {
    final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private final byte[] buf = new byte[4096];

    RawHttp(int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      out = socket.getOutputStream();
      in = socket.getInputStream();
      request = ("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUser-Agent: " + HttpCheck.USER_AGENT
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    int get() throws IOException {
      out.write(request);
      out.flush();
      int n = 0;
      while (true) { // headers end with CRLFCRLF, then the 2-byte body "OK"
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) throw new IOException("closed");
        n += r;
        for (int i = 3; i < n; i++) {
          if (buf[i - 3] == '\r' && buf[i - 2] == '\n' && buf[i - 1] == '\r' && buf[i] == '\n') {
            while (n < i + 3) n += in.read(buf, n, buf.length - n);
            return buf[9] == '2' ? 200 : 500;
          }
        }
      }
    }
  }

  /** The floor: PING on one open socket. */
  static final class RawPing {
    final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] ping = "*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII);
    private final byte[] buf = new byte[7];

    RawPing(int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      out = socket.getOutputStream();
      in = socket.getInputStream();
    }

    boolean ping() throws IOException {
      out.write(ping);
      out.flush();
      int n = 0;
      while (n < 7) {
        int r = in.read(buf, n, 7 - n);
        if (r < 0) throw new IOException("closed");
        n += r;
      }
      return buf[1] == 'P';
    }
  }
}
