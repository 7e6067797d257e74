package com.wekruit.valet.betterstack.logs;

import org.slf4j.helpers.MessageFormatter;

/**
 * Writes the message SLF4J's {@code MessageFormatter.arrayFormat(pattern, args)} makes (each {@code {}} replaced by
 * the next argument; {@code \{}} a literal {@code {}}, {@code \\{}} a backslash and the argument) straight into a
 * JSON string, numbers as digits, with no intermediate {@code String}. A trailing {@code Throwable} argument, which
 * SLF4J leaves out, and a surrogate pair split across a placeholder are handed to SLF4J itself. Stateless.
 */
final class Slf4jMessage {
  private Slf4jMessage() {}

  /** The message of {@code pattern} and the {@code count} arguments at {@code v[off]}. */
  static void write(LogJson j, String pattern, Object[] v, int off, int count) {
    int mark = j.mark();
    if (v[off + count - 1] instanceof Throwable || !direct(j, pattern, v, off, count)) {
      j.rewind(mark);
      j.string(MessageFormatter.arrayFormat(pattern, java.util.Arrays.copyOfRange(v, off, off + count)).getMessage());
    }
  }

  private static boolean direct(LogJson j, String p, Object[] args, int off, int count) {
    j.raw('"');
    boolean whole = true;
    int i = 0;
    for (int a = off; a < off + count; a++) {
      int at = p.indexOf("{}", i);
      if (at < 0) break;
      if (at > 0 && p.charAt(at - 1) == '\\') {
        whole &= j.chars(p, i, at - 1);
        if (at < 2 || p.charAt(at - 2) != '\\') {
          j.raw('{');
          i = at + 1;
          a--;
          continue;
        }
      } else {
        whole &= j.chars(p, i, at);
      }
      whole &= arg(j, args[a]);
      i = at + 2;
    }
    whole &= j.chars(p, i, p.length());
    j.raw('"');
    return whole;
  }

  private static boolean arg(LogJson j, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      j.digits(((Number) v).longValue());
      return true;
    }
    String s = String.valueOf(v);
    return j.chars(s, 0, s.length());
  }
}
