package com.wekruit.valet.betterstack;

import com.squareup.moshi.Json;

/** An incident's {@code status} (capitalized on the wire); {@code UNKNOWN} for values newer than this SDK. */
public enum IncidentStatus {
  @Json(name = "Started") STARTED,
  @Json(name = "Acknowledged") ACKNOWLEDGED,
  @Json(name = "Resolved") RESOLVED,
  UNKNOWN
}
