package com.wekruit.valet.runbook;

import com.wekruit.valet.error.ValetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pre-launch checklist as code: named probes run in order, each reported PASS, FAIL or UNKNOWN with its evidence.
 * Probes only read. {@link RunbookAudit} builds the runbook's own checklist; add items of your own with
 * {@link Builder#item}. Thread-safe once built (each {@link #run()} calls every probe afresh).
 *
 * <pre>{@code
 * AuditReport report = ReadinessAudit.builder()
 *     .item("docs.runbook", "Runbook reviewed", () -> Finding.pass("signed off by ada"))
 *     .build().run();
 * System.exit(report.exitCode());
 * }</pre>
 */
public final class ReadinessAudit {
  private static final int MAX_EVIDENCE = 300;
  private static final Pattern USER_INFO = Pattern.compile("://[^/@\\s]*@");
  private record Entry(String id, String title, AuditProbe probe) {}
  private final List<Entry> entries;

  private ReadinessAudit(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs every probe once, in order; a probe that throws is UNKNOWN, and the others still run. */
  public AuditReport run() {
    List<AuditItem> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Finding f = probe(e.probe());
      items.add(new AuditItem(e.id(), e.title(), f.status(), bounded(f.evidence())));
    }
    return new AuditReport(items);
  }

  /** The item ids, in order. */
  public List<String> ids() {
    return entries.stream().map(Entry::id).toList();
  }

  private static Finding probe(AuditProbe p) {
    try {
      Finding f = p.probe();
      return f != null ? f : Finding.unknown("the probe returned no finding");
    } catch (ValetException e) {
      return Finding.unknown("could not ask: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Finding.unknown("interrupted");
    } catch (Exception e) { // messages of foreign exceptions may carry hosts or credentials: the type only
      return Finding.unknown("could not ask: " + e.getClass().getSimpleName());
    } catch (StackOverflowError | LinkageError | AssertionError e) { // e.g. an optional driver missing at run time
      return Finding.unknown("could not ask: " + e.getClass().getSimpleName());
    }
  }

  /**
   * One line for a terminal or a CI log: credentials in URLs ({@code scheme://user:secret@host}) removed, every control
   * character (terminal escapes included) and bidirectional override turned into a space, at most 300 characters.
   */
  static String bounded(String s) {
    String noUserInfo = USER_INFO.matcher(s).replaceAll("://");
    StringBuilder b = new StringBuilder(Math.min(noUserInfo.length(), MAX_EVIDENCE));
    for (int i = 0; i < noUserInfo.length(); i++) {
      char c = noUserInfo.charAt(i);
      boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      b.append(Character.isISOControl(c) || bidi ? ' ' : c);
    }
    String oneLine = b.toString();
    if (oneLine.length() <= MAX_EVIDENCE) return oneLine;
    int cut = MAX_EVIDENCE - 1;
    if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) cut--;
    return oneLine.substring(0, cut) + "…";
  }

  /** Collects the items of a {@link ReadinessAudit}. Not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();

    private Builder() {}

    /** Adds an item; ids are unique. */
    public Builder item(String id, String title, AuditProbe probe) {
      if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
      if (title == null || title.isBlank()) throw new IllegalArgumentException("title must not be blank");
      Objects.requireNonNull(probe, "probe");
      if (!ids.add(id)) throw new IllegalArgumentException("duplicate audit item '" + id + "'");
      entries.add(new Entry(id, title, probe));
      return this;
    }

    public ReadinessAudit build() {
      return new ReadinessAudit(entries);
    }
  }
}
