package com.wekruit.valet.bench;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code GET /servers/{id}} through the SDK (auth, User-Agent, retry context, circuit breaker, rate-limit headers,
 * typed errors) against the floor: a bare OkHttpClient with the same Moshi adapter decoding the same records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HetznerGetBench {
  record Envelope(Server server) {}

  private ChildServers servers;
  private HetznerClient sdk;
  private OkHttpClient bare;
  private Request request;
  private JsonAdapter<Envelope> adapter;
  private long id;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    servers = new ChildServers();
    String token = "bench-token-0123456789abcdef";
    sdk = HetznerClient.builder().token(token).baseUrl(servers.hetznerUrl()).build();
    id = sdk.servers().findByName("bench-1").orElseThrow().id();
    bare = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    request = new Request.Builder().url(servers.hetznerUrl() + "/servers/" + id)
        .header("Authorization", "Bearer " + token).build();
    adapter = ValetJson.moshi().adapter(Envelope.class);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    servers.close();
  }

  @Benchmark
  public Server sdkGetServer() {
    return sdk.servers().get(id);
  }

  @Benchmark
  public Server sdkGetServerAsync() {
    return sdk.servers().getAsync(id).join();
  }

  /** The async floor: OkHttp's dispatcher and a future completed from its callback. */
  @Benchmark
  public Server bareOkHttpMoshiAsync() {
    CompletableFuture<Server> f = new CompletableFuture<>();
    bare.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        f.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response r) {
        try (r) {
          f.complete(adapter.fromJson(r.body().source()).server());
        } catch (IOException | RuntimeException e) {
          f.completeExceptionally(e);
        }
      }
    });
    return f.join();
  }

  @Benchmark
  public Server bareOkHttpMoshi() throws IOException {
    try (Response r = bare.newCall(request).execute()) {
      if (!r.isSuccessful()) throw new IOException("HTTP " + r.code());
      return adapter.fromJson(r.body().source()).server();
    }
  }
}
