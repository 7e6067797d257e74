package com.wekruit.valet.backup;

import com.wekruit.valet.internal.Redactor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code pg_dump} and {@code pg_restore}: in a configured directory, or on {@code PATH}; and reads their
 * version. Immutable; thread-safe.
 */
public final class PgTools {
  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?");
  private final Path binDir;
  private final String path;

  private PgTools(Path binDir, String path) {
    this.binDir = binDir;
    this.path = path;
  }

  /** The programs found on this process's {@code PATH}. */
  public static PgTools onPath() {
    return new PgTools(null, System.getenv("PATH"));
  }

  /** The programs in {@code binDir} (e.g. {@code /usr/lib/postgresql/17/bin}). */
  public static PgTools in(Path binDir) {
    return new PgTools(binDir, null);
  }

  /** The path of {@code pg_dump}. @throws BackupException ({@code TOOL_TOO_OLD}) when it is not there */
  public Path pgDump() {
    return find("pg_dump");
  }

  /** The path of {@code pg_restore}. @throws BackupException ({@code TOOL_TOO_OLD}) when it is not there */
  public Path pgRestore() {
    return find("pg_restore");
  }

  private Path find(String program) {
    if (binDir != null) {
      Path p = binDir.resolve(program);
      if (Files.isExecutable(p)) return p;
      throw new BackupException(BackupException.Reason.TOOL_TOO_OLD, program + " not found in " + binDir, null);
    }
    for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) return p;
    }
    throw new BackupException(BackupException.Reason.TOOL_TOO_OLD, program + " not found on PATH; install the"
        + " PostgreSQL client or configure PgTools.in(binDir)", null);
  }

  /** Runs {@code program --version}. */
  static PgVersion version(Path program) {
    try (ChildProcess p = ChildProcess.start(List.of(program.toString(), "--version"), Map.of(), Redactor.NONE, null)) {
      String out = new String(p.stdout().readNBytes(1024), StandardCharsets.UTF_8).strip();
      int exit = p.waitFor(Duration.ofSeconds(30));
      Optional<PgVersion> v = parse(out);
      if (exit != 0 || v.isEmpty()) {
        throw new BackupException(BackupException.Reason.TOOL_FAILED, program + " --version exited " + exit
            + " saying '" + Redactor.NONE.clean(out, 120) + "'", null);
      }
      return v.get();
    } catch (IOException e) {
      throw new BackupException(BackupException.Reason.TOOL_FAILED, program + " --version failed: " + e, e);
    }
  }

  /** Parses {@code pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)}. */
  static Optional<PgVersion> parse(String versionLine) {
    Matcher m = VERSION.matcher(versionLine);
    if (!m.find()) return Optional.empty();
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return Optional.of(new PgVersion(Integer.parseInt(m.group(1)), minor, versionLine.strip()));
  }

  @Override
  public String toString() {
    return binDir != null ? "PgTools[" + binDir + "]" : "PgTools[PATH]";
  }

  /**
   * A PostgreSQL version.
   *
   * @param text what the program or server said
   */
  public record PgVersion(int major, int minor, String text) {
    /** From {@code server_version_num} (e.g. 170011 for 17.11, 90624 for 9.6.24). */
    public static PgVersion ofServerNum(int num, String text) {
      int minor = num >= 100000 ? num % 10000 : num / 100 % 100;
      return new PgVersion(num / 10000, minor, text);
    }

    public String shortText() {
      return major + "." + minor;
    }
  }
}
