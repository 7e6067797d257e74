package com.wekruit.valet.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database's backups live in the store, sorted by UTC time as text:
 * {@code <prefix>/<database>/2026/11/27/20261127T030000Z-<id>.dump} with {@code .manifest.json} (written last: no
 * manifest, no backup) and {@code .verified.json} beside it; run records under {@code <prefix>/<database>/runs/}.
 * Immutable; thread-safe.
 */
public final class BackupKeys {
  static final String DUMP = ".dump";
  static final String MANIFEST = ".manifest.json";
  static final String VERIFIED = ".verified.json";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern NAME =
      Pattern.compile("\\d{4}/\\d{2}/\\d{2}/(\\d{8}T\\d{6}Z)-([0-9a-z]+)(\\.dump|\\.manifest\\.json|\\.verified\\.json)");
  private final String root;

  private BackupKeys(String root) {
    this.root = root;
  }

  /**
   * Keys under {@code prefix} (may be empty) for {@code database}; a byte of the name outside {@code [A-Za-z0-9_.-]}
   * becomes {@code ~XX} (its UTF-8 hex), and so does every dot of a name made only of dots, so two databases never
   * share a root and a name never makes a {@code .} or {@code ..} segment.
   */
  public static BackupKeys of(String prefix, String database) {
    String p = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
    return new BackupKeys((p.isEmpty() ? "" : p + "/") + segment(database) + "/");
  }

  /** {@code name} as one key segment, injectively: distinct names give distinct segments. */
  static String segment(String name) {
    if (name.isEmpty()) return "~";
    boolean dotsOnly = name.chars().allMatch(c -> c == '.');
    StringBuilder b = new StringBuilder(name.length());
    for (byte x : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
          || c == '-' || (c == '.' && !dotsOnly);
      if (safe) {
        b.append(c);
      } else {
        b.append('~').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
      }
    }
    return b.toString();
  }

  /** The prefix every key of this database starts with, ending in {@code /}. */
  public String root() {
    return root;
  }

  /** The dump object's key for a backup started at {@code start}. */
  public String dumpKey(Instant start, String id) {
    return root + DAY.format(start) + "/" + STAMP.format(start) + "-" + id + DUMP;
  }

  static String stamp(Instant t) {
    return STAMP.format(t);
  }

  public String runsPrefix() {
    return root + "runs/";
  }

  static String manifestKey(String dumpKey) {
    return base(dumpKey) + MANIFEST;
  }

  static String verifiedKey(String dumpKey) {
    return base(dumpKey) + VERIFIED;
  }

  private static String base(String dumpKey) {
    if (!dumpKey.endsWith(DUMP)) throw new IllegalArgumentException("not a dump key: " + dumpKey);
    return dumpKey.substring(0, dumpKey.length() - DUMP.length());
  }

  /** The dump key an object of a backup belongs to, or empty when {@code key} is not one of this layout's names. */
  Optional<String> dumpKeyOf(String key) {
    if (!key.startsWith(root)) return Optional.empty();
    Matcher m = NAME.matcher(key.substring(root.length()));
    if (!m.matches()) return Optional.empty();
    return Optional.of(key.substring(0, key.length() - m.group(3).length()) + DUMP);
  }

  @Override
  public String toString() {
    return "BackupKeys[" + root + "]";
  }
}
