package com.wekruit.valet.betterstack.logs;

/**
 * A consistent snapshot of a sender's counters, in lines unless named otherwise. Every line handed to
 * {@link BetterStackLogs#send} is accepted and then ends up sent or dropped, or is still pending (queued or in
 * flight): {@code accepted == sent + dropped() + pending} holds in every snapshot.
 *
 * @param accepted lines handed to the sender
 * @param sent lines the ingest answered with 2xx
 * @param pending lines queued or in flight
 * @param retries repeated requests (a batch sent again after a retryable failure)
 * @param droppedOverflow lines refused because the queue was full (after the overflow policy's wait)
 * @param droppedRejected lines the ingest refused for good (403 token, 406 unparseable, 413 for a single line)
 * @param droppedRetriesExhausted lines whose batch still failed after the last attempt
 * @param droppedTooLarge lines larger than a whole batch may be
 * @param droppedClosed lines handed over after close, or still pending when close's time ran out
 * @param requests ingest requests sent, retries included
 * @param wireBytes compressed body bytes sent, retries included
 * @param pendingBytes bytes held for pending lines: exact for encoded lines, an upper bound for lines still waiting
 *     to be encoded on a sender thread (see {@link LogEvent})
 */
public record LogStats(long accepted, long sent, long pending, long retries, long droppedOverflow,
    long droppedRejected, long droppedRetriesExhausted, long droppedTooLarge, long droppedClosed, long requests,
    long wireBytes, long pendingBytes) {

  /** Every dropped line, whatever the reason. */
  public long dropped() {
    return droppedOverflow + droppedRejected + droppedRetriesExhausted + droppedTooLarge + droppedClosed;
  }
}
