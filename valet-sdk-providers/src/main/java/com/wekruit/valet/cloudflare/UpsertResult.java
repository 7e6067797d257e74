package com.wekruit.valet.cloudflare;

/**
 * What {@link DnsRecords#upsert} did.
 *
 * @param record the record as it is now
 */
public record UpsertResult(Outcome outcome, DnsRecord record) {
  /** Created, changed, or already as asked (nothing sent). */
  public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
