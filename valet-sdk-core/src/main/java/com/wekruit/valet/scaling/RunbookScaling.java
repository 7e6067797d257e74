package com.wekruit.valet.scaling;

import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runbook's scaling playbook:
 *
 * <table>
 * <caption>The runbook's scaling triggers</caption>
 *   <tr><th>trigger</th><th>condition</th><th>action</th><th>cooldown</th></tr>
 *   <tr><td>api_latency</td><td>API latency &gt; 500 ms for 10 min</td><td>resize the VPS (Hetzner)</td><td>24 h</td></tr>
 *   <tr><td>worker_queue</td><td>queue depth &gt; 100 per worker (KEDA)</td><td>add a worker (Coolify)</td><td>-</td></tr>
 *   <tr><td>db_connections</td><td>&gt; 80 % of usable for 5 min</td><td>raise Neon autoscaling or add pgBouncer</td><td>24 h</td></tr>
 *   <tr><td>redis_memory</td><td>&gt; 80 % of maxmemory for 5 min</td><td>raise maxmemory</td><td>1 h</td></tr>
 *   <tr><td>disk</td><td>disk &gt; 70 % for 1 h</td><td>move storage to R2</td><td>24 h</td></tr>
 * </table>
 *
 * Not thread-safe: one deciding thread.
 */
public final class RunbookScaling {
  /** The metrics the five triggers read. */
  public record Inputs(Metric apiLatencyMs, Metric queueDepth, Metric dbConnections, Metric dbUsable,
      Metric redisUsed, Metric redisLimit, Metric diskPercent) {}

  /** One playbook line: its decision source, what it does, how urgent. */
  public record Trigger(String name, String action, Severity severity, StepTrigger step, ScalingAdvisor advisor) {}

  private final List<Trigger> triggers;

  private RunbookScaling(List<Trigger> triggers) {
    this.triggers = triggers;
  }

  /** The playbook with at most {@code maxWorkers} workers. */
  public static RunbookScaling of(Inputs in, int maxWorkers, Samples s, Clock clock, Ticker ticker) {
    List<Trigger> t = new ArrayList<>();
    t.add(step("api_latency", "resize the VPS one size up", Severity.HIGH,
        Rule.above(in.apiLatencyMs(), 500).forDuration(Duration.ofMinutes(10)), Duration.ofHours(24), s, clock, ticker));
    t.add(new Trigger("worker_queue", "add a worker", Severity.HIGH, null, new ScalingAdvisor(
        ScalingPolicy.perReplica("worker_queue", in.queueDepth(), 100).replicas(1, maxWorkers)
            .scaleDownPolicies(RatePolicy.pods(1, Duration.ofSeconds(60))).fallback(3, 1).build(),
        s, clock, ticker, Duration.ofMinutes(2))));
    t.add(step("db_connections", "raise Neon autoscaling max or add pgBouncer", Severity.HIGH,
        Rule.percentOf(in.dbConnections(), in.dbUsable(), 80).forDuration(Duration.ofMinutes(5)), Duration.ofHours(24),
        s, clock, ticker));
    t.add(step("redis_memory", "raise maxmemory", Severity.MEDIUM,
        Rule.percentOf(in.redisUsed(), in.redisLimit(), 80).forDuration(Duration.ofMinutes(5)), Duration.ofHours(1),
        s, clock, ticker));
    t.add(step("disk", "move storage to R2", Severity.MEDIUM,
        Rule.above(in.diskPercent(), 70).forDuration(Duration.ofHours(1)), Duration.ofHours(24), s, clock, ticker));
    return new RunbookScaling(List.copyOf(t));
  }

  private static Trigger step(String name, String action, Severity severity, com.wekruit.valet.alert.RuleBuilder rule,
      Duration cooldown, Samples s, Clock clock, Ticker ticker) {
    return new Trigger(name, action, severity, new StepTrigger(rule.name(name).build(), cooldown, s, clock, ticker), null);
  }

  public List<Trigger> triggers() {
    return triggers;
  }

  /** One decision per trigger, in table order; {@code workers} is the current worker count. */
  public List<ScalingDecision> decide(int workers) {
    List<ScalingDecision> out = new ArrayList<>(triggers.size());
    for (Trigger t : triggers) out.add(t.step() != null ? t.step().decide() : t.advisor().decide(workers));
    return out;
  }
}
