package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Json;

/** The zone's {@code min_tls_version}: the oldest TLS version visitors may use. */
public enum TlsVersion {
  @Json(name = "1.0") TLS_1_0,
  @Json(name = "1.1") TLS_1_1,
  @Json(name = "1.2") TLS_1_2,
  @Json(name = "1.3") TLS_1_3,
  UNKNOWN
}
