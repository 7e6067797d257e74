package com.wekruit.valet.betterstack.logs;

import java.util.Arrays;

/**
 * The lines of one batch as queued, not yet encoded, and the bytes they reserve. A line is unpacked into two
 * arrays shared by the whole batch (its time and counts as numbers, its level, pattern and values as references),
 * so a queued line costs no object of its own: the garbage collector copies a few arrays, not the events.
 * Guarded by {@link LogBuffer}'s lock while open; owned by one shipper once taken.
 */
final class Pending {
  private static final long ENCODED = -1; // the line's JSON bytes are its one reference
  private long[] nums; // per line: seconds, nanos, (args << 32 | fields) or ENCODED
  private Object[] refs; // per line: level, pattern, values... (or the JSON bytes)
  private int numLen;
  private int refLen;
  private int count;
  private long reserved;

  /** Room for {@code lines} lines of {@code refsPerLine} references without growing. */
  Pending(int lines, int refsPerLine) {
    nums = new long[3 * Math.max(16, lines)];
    refs = new Object[Math.max(16, lines) * Math.max(1, refsPerLine)];
  }

  void add(LogEvent line) {
    int n = line.deferred() ? 2 + line.values.length : 1;
    if (numLen + 3 > nums.length) nums = Arrays.copyOf(nums, nums.length * 2);
    if (refLen + n > refs.length) refs = Arrays.copyOf(refs, Math.max(refs.length * 2, refLen + n));
    if (line.deferred()) {
      nums[numLen++] = line.seconds;
      nums[numLen++] = line.nanos;
      nums[numLen++] = (long) line.args << 32 | line.fields;
      refs[refLen++] = line.level;
      refs[refLen++] = line.pattern;
      System.arraycopy(line.values, 0, refs, refLen, line.values.length);
      refLen += line.values.length;
    } else {
      numLen += 2;
      nums[numLen++] = ENCODED;
      refs[refLen++] = line.json;
    }
    count++;
    reserved += line.reserve();
  }

  /** Writes every line to {@code j}, joined by commas, and where each ends into {@code ends}. */
  void encode(LogJson j, int[] ends) {
    for (int i = 0, n = 0, r = 0; i < count; i++, n += 3) {
      if (i > 0) j.raw(',');
      long shape = nums[n + 2];
      if (shape == ENCODED) {
        j.raw((byte[]) refs[r++]);
      } else {
        int args = (int) (shape >>> 32);
        int fields = (int) shape;
        LogEvent.write(j, nums[n], (int) nums[n + 1], (String) refs[r], (String) refs[r + 1], refs, r + 2, args,
            fields);
        r += 2 + args + 2 * fields;
      }
      ends[i] = j.length();
    }
  }

  int lines() {
    return count;
  }

  /** References used per line so far (to size the next batch like this one). */
  int refsPerLine() {
    return count == 0 ? 1 : (refLen + count - 1) / count;
  }

  long reserved() {
    return reserved;
  }
}
