package com.wekruit.valet.alert;

/**
 * What a rule does when its metric has no fresh sample (the source failed, or its last sample is older than the
 * evaluator's {@code staleAfter}).
 */
public enum NoDataPolicy {
  /** Nothing changes: a gap neither confirms nor resets a pending alert nor resolves a firing one. The default. */
  KEEP_STATE,
  /** A gap counts as a match: silence is itself alarming (a dead man's switch). */
  ALERT,
  /** A gap counts as a miss: the alert resets or resolves. */
  RESOLVE
}
