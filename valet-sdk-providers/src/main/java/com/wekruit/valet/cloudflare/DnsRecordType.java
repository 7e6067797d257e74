package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Json;

/** DNS record types; {@code UNKNOWN} for types newer than this SDK (the raw string is kept). */
public enum DnsRecordType {
  @Json(name = "A") A,
  @Json(name = "AAAA") AAAA,
  @Json(name = "CAA") CAA,
  @Json(name = "CERT") CERT,
  @Json(name = "CNAME") CNAME,
  @Json(name = "DNSKEY") DNSKEY,
  @Json(name = "DS") DS,
  @Json(name = "HTTPS") HTTPS,
  @Json(name = "LOC") LOC,
  @Json(name = "MX") MX,
  @Json(name = "NAPTR") NAPTR,
  @Json(name = "NS") NS,
  @Json(name = "OPENPGPKEY") OPENPGPKEY,
  @Json(name = "PTR") PTR,
  @Json(name = "SMIMEA") SMIMEA,
  @Json(name = "SRV") SRV,
  @Json(name = "SSHFP") SSHFP,
  @Json(name = "SVCB") SVCB,
  @Json(name = "TLSA") TLSA,
  @Json(name = "TXT") TXT,
  @Json(name = "URI") URI,
  UNKNOWN
}
