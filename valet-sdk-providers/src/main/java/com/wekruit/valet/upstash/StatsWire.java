package com.wekruit.valet.upstash;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import com.wekruit.valet.spi.ResponseCodec;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stats body as sent ({@code x} is a Go timestamp), turned into {@link DatabaseStats} while decoding. */
record StatsWire(
    List<Point> connectionCount,
    List<Point> keyspace,
    List<Point> throughput,
    List<Point> diskusage,
    List<Point> latencymean,
    @Json(name = "latency_99") List<Point> latency99,
    List<Point> hits,
    List<Point> misses,
    List<Point> read,
    List<Point> write,
    List<Point> dailyrequests,
    Point monitorCount,
    long dailyNetCommands,
    long dailyReadRequests,
    long dailyWriteRequests,
    long totalMonthlyRequests,
    long currentStorage,
    double totalMonthlyBilling,
    List<CommandCount> commandCounts) {

  record Point(String x, double y) {}

  record CommandCount(String metricIdentifier, List<Point> dataPoints) {}

  /** Decodes and converts; an unreadable timestamp makes the body undecodable, as any other wrong field. */
  static final ResponseCodec<DatabaseStats> CODEC = new ResponseCodec<>() {
    private final ResponseCodec<StatsWire> json = ResponseCodec.json(StatsWire.class);

    @Override
    public DatabaseStats decode(okio.BufferedSource body, boolean empty) throws java.io.IOException {
      return json.decode(body, empty).toStats();
    }
  };

  DatabaseStats toStats() {
    Map<String, List<DatabaseStats.Sample>> commands = new LinkedHashMap<>();
    for (CommandCount c : commandCounts) commands.put(c.metricIdentifier(), series(c.dataPoints()));
    return new DatabaseStats(series(connectionCount), series(keyspace), series(throughput), series(diskusage),
        series(latencymean), series(latency99), series(hits), series(misses), series(read), series(write),
        series(dailyrequests), monitorCount == null ? null : sample(monitorCount), dailyNetCommands,
        dailyReadRequests, dailyWriteRequests, totalMonthlyRequests, currentStorage, totalMonthlyBilling,
        java.util.Collections.unmodifiableMap(commands));
  }

  private static List<DatabaseStats.Sample> series(List<Point> points) {
    return points == null ? List.of() : points.stream().map(StatsWire::sample).toList();
  }

  private static DatabaseStats.Sample sample(Point p) {
    if (p.x() == null) throw new JsonDataException("stats sample without a timestamp");
    try {
      return new DatabaseStats.Sample(GoTime.parse(p.x()), p.y());
    } catch (DateTimeParseException e) {
      throw new JsonDataException("stats timestamp is not Go's time format: " + p.x());
    }
  }
}
