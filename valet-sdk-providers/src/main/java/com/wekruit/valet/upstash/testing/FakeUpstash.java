package com.wekruit.valet.upstash.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.testkit.FakeApiServer;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.UpstashRedis;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for Upstash: the management (Developer) API under {@code /v2} with spec-shaped databases, bare
 * {@code "OK"} replies, a JSON-string 404 and stats with Go timestamps; and each database's Redis REST API under
 * {@link #restUrl(String)}, executed by a real Redis (up to 15 databases, one Redis index each). The Redis server is
 * the caller's: pass its host and port. For demos and tests only.
 */
public final class FakeUpstash extends FakeApiServer {
  private static final Pattern MGMT = Pattern.compile("/v2/redis/([a-z-]+)(?:/([^/]+))?");
  private static final Pattern REST = Pattern.compile("/rest/([^/]+)/?(pipeline|multi-exec)?");
  private static final DateTimeFormatter GO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS Z 'UTC'")
      .withZone(ZoneOffset.UTC);
  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private record Db(String id, String name, String password, String token, int index, boolean eviction,
      List<String> readRegions) {
    Db with(String newName, String newPassword, String newToken, boolean newEviction, List<String> regions) {
      return new Db(id, newName, newPassword, newToken, index, newEviction, regions);
    }
  }

  private final Map<String, Db> dbs = new LinkedHashMap<>();
  private final FakeUpstashRest rest;
  private final Clock clock;

  private FakeUpstash(int port, String redisHost, int redisPort, Clock clock) throws IOException {
    super("fake-upstash", port);
    this.rest = new FakeUpstashRest(redisHost, redisPort);
    this.clock = clock;
  }

  /** Starts on 127.0.0.1 ({@code port} 0: any) with Redis at {@code redisHost:redisPort}. */
  public static FakeUpstash start(int port, String redisHost, int redisPort) throws IOException {
    FakeUpstash fake = new FakeUpstash(port, redisHost, redisPort, Clock.systemUTC());
    fake.listen();
    return fake;
  }

  /** The management API base URL, e.g. {@code http://127.0.0.1:40123/v2}. */
  public String baseUrl() {
    return origin() + "/v2";
  }

  /** The REST URL of one database (plain HTTP on loopback, unlike Upstash's {@code https://<endpoint>}). */
  public String restUrl(String databaseId) {
    return origin() + "/rest/" + databaseId;
  }

  /** Starts on a free port of 127.0.0.1 with Redis at {@code redisHost:redisPort}. */
  public static FakeUpstash start(String redisHost, int redisPort) throws IOException {
    return start(0, redisHost, redisPort);
  }

  /** A management client builder pointed at this fake, with credentials it accepts; set more, then {@code build()}. */
  public UpstashClient.Builder clientBuilder() {
    return UpstashClient.builder().credentials("dev@example.com", "fake-upstash-key").baseUrl(baseUrl());
  }

  /** A management client of this fake: {@code clientBuilder().build()}. */
  public UpstashClient client() {
    return clientBuilder().build();
  }

  /** A Redis REST client of one database of this fake, with its token. */
  public UpstashRedis redis(String databaseId) {
    return UpstashRedis.builder().baseUrl(restUrl(databaseId)).token(restToken(databaseId)).build();
  }

  /** The REST token of a database, as its management answer carries it. */
  public synchronized String restToken(String databaseId) {
    return dbs.get(databaseId).token();
  }

  @Override
  protected synchronized Response handle(Request r) throws Exception {
    Matcher m = REST.matcher(r.path());
    if (m.matches() && r.method().equals("POST")) {
      Db db = dbs.get(m.group(1));
      String auth = r.header("Authorization");
      if (db == null || auth == null || !auth.equals("Bearer " + db.token())) {
        return Response.json(401, "{\"error\":\"WRONGPASS invalid or missing auth token\"}");
      }
      return rest.handle(db.index(), m.group(2) == null ? "" : m.group(2), r.body(),
          "base64".equalsIgnoreCase(r.header("Upstash-Encoding")));
    }
    String auth = r.header("Authorization");
    if (auth == null || !auth.startsWith("Basic ")) return new Response(401, "text/plain", "Unauthorized", Map.of());
    m = MGMT.matcher(r.path());
    if (r.path().equals("/v2/redis/databases")) {
      return Response.json(200, "[" + String.join(",", dbs.values().stream().map(d -> json(d, true)).toList()) + "]");
    }
    if (r.path().equals("/v2/redis/database") && r.method().equals("POST")) return create(BODY.fromJson(r.body()));
    if (!m.matches() || m.group(2) == null) return Response.json(404, "\"not found\"");
    Db db = dbs.get(m.group(2));
    if (db == null) return Response.json(404, "\"database not found\"");
    Map<String, Object> body = r.body().isBlank() ? Map.of() : BODY.fromJson(r.body());
    return switch (m.group(1) + " " + r.method()) {
      case "database GET" -> Response.json(200, json(db, !"hide".equals(r.param("credentials"))));
      case "database DELETE" -> {
        rest.handle(db.index(), "", "[\"FLUSHDB\"]", false);
        dbs.remove(db.id());
        yield ok();
      }
      case "rename POST" -> update(db.with((String) body.get("name"), db.password(), db.token(), db.eviction(),
          db.readRegions()));
      case "reset-password POST" -> update(db.with(db.name(), secret(), secret(), db.eviction(), db.readRegions()));
      case "enable-eviction POST", "disable-eviction POST" -> {
        dbs.put(db.id(), db.with(db.name(), db.password(), db.token(), m.group(1).startsWith("enable"),
            db.readRegions()));
        yield ok();
      }
      case "update-regions POST" -> {
        @SuppressWarnings("unchecked")
        List<String> regions = (List<String>) body.getOrDefault("read_regions", List.of());
        dbs.put(db.id(), db.with(db.name(), db.password(), db.token(), db.eviction(), List.copyOf(regions)));
        yield ok();
      }
      case "stats GET" -> stats(db);
      default -> Response.json(405, "{\"error\":\"method not allowed\"}");
    };
  }

  private Response create(Map<String, Object> body) {
    Object name = body.get("database_name");
    if (name == null || body.get("primary_region") == null || body.get("platform") == null) {
      return Response.json(400, "{\"error\":\"database_name, platform and primary_region are required\"}");
    }
    if (dbs.size() >= 15) return Response.json(400, "\"database limit reached\"");
    int index = 1;
    while (index <= 15) {
      int i = index;
      if (dbs.values().stream().noneMatch(d -> d.index() == i)) break;
      index++;
    }
    Db db = new Db(UUID.randomUUID().toString(), name.toString(), secret(), secret(), index,
        Boolean.TRUE.equals(body.get("eviction")), List.of());
    dbs.put(db.id(), db);
    return Response.json(200, json(db, true));
  }

  private Response update(Db db) {
    dbs.put(db.id(), db);
    return Response.json(200, json(db, true));
  }

  private Response stats(Db db) throws IOException {
    Response keys = rest.handle(db.index(), "", "[\"DBSIZE\"]", false);
    long count = Long.parseLong(keys.body().replaceAll("\\D", ""));
    List<String> times = new ArrayList<>();
    for (int i = 2; i >= 0; i--) times.add(GO.format(clock.instant().minusSeconds(10L * i)));
    return Response.json(200, UpstashPayloads.stats(times, count, count * 64, count));
  }

  private static Response ok() {
    return Response.json(200, "\"OK\"");
  }

  private String json(Db d, boolean credentials) {
    return UpstashPayloads.database(d.id(), d.name(), "fake-" + d.index() + ".upstash.io",
        credentials ? d.password() : null, credentials ? d.token() : null, d.eviction(), d.readRegions());
  }

  private static String secret() {
    return "AX" + UUID.randomUUID().toString().replace("-", "");
  }
}
