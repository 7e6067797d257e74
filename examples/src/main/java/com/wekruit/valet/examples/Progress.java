package com.wekruit.valet.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbered steps with their time, and the summary at the end. A step that throws is FAILED; the demo goes on. */
final class Progress {
  enum Outcome { OK, SKIPPED, PENDING, FAILED }

  /** One step's body; returns a one-line result for the summary. */
  @FunctionalInterface
  interface Step {
    String run() throws Exception;
  }

  private record Done(String title, Outcome outcome, String note, long millis) {}

  private final PrintStream out;
  private final int total;
  private final List<Done> done = new ArrayList<>();
  private final long started = System.nanoTime();

  Progress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  void step(String title, Step step) {
    out.printf(Locale.ROOT, "%n[%d/%d] %s%n", done.size() + 1, total, title);
    long t0 = System.nanoTime();
    Outcome outcome = Outcome.OK;
    String note;
    try {
      note = step.run();
    } catch (Exception e) {
      outcome = Outcome.FAILED;
      note = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    out.printf(Locale.ROOT, "  %s %s (%d ms)%n", outcome == Outcome.OK ? "ok" : outcome, note, ms);
    done.add(new Done(title, outcome, note, ms));
  }

  /** A step that does not run here: changes to a real provider without permission, or a hook not wired yet. */
  void notRun(String title, Outcome outcome, String why) {
    out.printf(Locale.ROOT, "%n[%d/%d] %s%n  %s: %s%n", done.size() + 1, total, title, outcome, why);
    done.add(new Done(title, outcome, why, 0));
  }

  void summary() {
    out.printf(Locale.ROOT, "%n== Summary (%.1f s)%n", (System.nanoTime() - started) / 1e9);
    for (Done d : done) {
      out.printf(Locale.ROOT, "  %-8s %-54s %6d ms  %s%n", d.outcome(), d.title(), d.millis(), d.note());
    }
  }

  /** 0 unless a step failed. */
  int exitCode() {
    return done.stream().anyMatch(d -> d.outcome() == Outcome.FAILED) ? 1 : 0;
  }
}
