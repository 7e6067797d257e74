package com.wekruit.valet.r2;

/** Where a bucket's data lives; jurisdiction buckets are reachable only through their own host. */
public enum R2Jurisdiction {
  /** {@code <account>.r2.cloudflarestorage.com} */
  DEFAULT(""),
  /** {@code <account>.eu.r2.cloudflarestorage.com} */
  EU(".eu"),
  /** {@code <account>.fedramp.r2.cloudflarestorage.com} */
  FEDRAMP(".fedramp");

  private final String hostPart;

  R2Jurisdiction(String hostPart) {
    this.hostPart = hostPart;
  }

  /** The S3 endpoint for an account. */
  public String endpoint(String accountId) {
    return "https://" + accountId + hostPart + ".r2.cloudflarestorage.com";
  }
}
