package com.wekruit.valet.runbook;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Image;
import com.wekruit.valet.hetzner.ImageQuery;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.ServerType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Hetzner items: the VPS's size and its snapshot schedule. */
final class ServerProbes {
  private ServerProbes() {}

  static Optional<Server> server(HetznerClient hetzner, String name) {
    return hetzner.servers().findByName(name);
  }

  static Finding size(HetznerClient hetzner, String name, int minCores, double minMemoryGb, String label) {
    Optional<Server> s = server(hetzner, name);
    if (s.isEmpty()) return Finding.fail("no server named " + name);
    ServerType t = s.get().serverType();
    boolean big = t.cores() >= minCores && t.memory() >= minMemoryGb;
    return Finding.of(big, String.format(Locale.ROOT, "%s is %s (%d cores, %.1f GB); %s means >= %d cores, >= %.1f GB",
        name, t.name(), t.cores(), t.memory(), label, minCores, minMemoryGb));
  }

  static Finding snapshots(HetznerClient hetzner, String name, Duration every, int keep, Clock clock) {
    Optional<Server> s = server(hetzner, name);
    if (s.isEmpty()) return Finding.fail("no server named " + name);
    long id = s.get().id();
    List<Image> mine = hetzner.images().list(ImageQuery.snapshots()).stream()
        .filter(i -> i.createdFrom() != null && i.createdFrom().id() == id && i.created() != null).toList();
    if (mine.isEmpty()) return Finding.fail("no snapshot of " + name);
    Instant newest = mine.stream().map(Image::created).max(Comparator.naturalOrder()).orElseThrow();
    Duration age = Duration.between(newest, clock.instant());
    Duration limit = every.plus(every.dividedBy(7));
    String evidence = String.format(Locale.ROOT, "%d snapshot(s) of %s, newest %s (%s old; schedule every %s, keep %d)",
        mine.size(), name, newest, Durations.human(age), Durations.human(every), keep);
    if (Durations.inTheFuture(age)) {
      return Finding.fail(evidence + ": created " + Durations.human(age.negated())
          + " in the future: the provider's or this clock is wrong");
    }
    if (age.compareTo(limit) > 0) return Finding.fail(evidence + ": overdue");
    if (mine.size() > keep) return Finding.fail(evidence + ": more kept than the rotation allows");
    return Finding.pass(evidence);
  }
}
