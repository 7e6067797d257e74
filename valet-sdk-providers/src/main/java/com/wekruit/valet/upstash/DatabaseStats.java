package com.wekruit.valet.upstash;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Usage of one database: time series (oldest first as Upstash sends them) and daily and monthly counters. Memory in
 * use is the latest {@link #diskUsage()} sample or {@link #currentStorage()}; the maximum is
 * {@link RedisDatabase#dbMemoryThreshold()}.
 *
 * @param throughput operations per second
 * @param latencyMean and {@code latency99}: microseconds as Upstash reports them
 * @param commandCounts samples per command name, e.g. {@code GET}
 */
public record DatabaseStats(
    List<Sample> connectionCount,
    List<Sample> keyspace,
    List<Sample> throughput,
    List<Sample> diskUsage,
    List<Sample> latencyMean,
    List<Sample> latency99,
    List<Sample> hits,
    List<Sample> misses,
    List<Sample> reads,
    List<Sample> writes,
    List<Sample> dailyRequests,
    Sample monitorCount,
    long dailyNetCommands,
    long dailyReadRequests,
    long dailyWriteRequests,
    long totalMonthlyRequests,
    long currentStorage,
    double totalMonthlyBilling,
    Map<String, List<Sample>> commandCounts) {

  /** One point of a series. */
  public record Sample(Instant at, double value) {}

  /** The newest sample of a series, or {@code null} when it is empty. */
  public static Sample latest(List<Sample> series) {
    return series.isEmpty() ? null : series.get(series.size() - 1);
  }
}
