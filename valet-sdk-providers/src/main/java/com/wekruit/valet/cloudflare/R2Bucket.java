package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Json;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;

/**
 * An R2 bucket as the Cloudflare API lists it.
 *
 * @param creationDate as the API sends it (an ISO-8601 timestamp)
 * @param location {@code null} when the API does not say
 * @param jurisdiction {@code default}, {@code eu} or {@code fedramp}; {@code null} on older answers
 */
public record R2Bucket(@Required String name, String creationDate, OpenEnum<Location> location, String jurisdiction,
    OpenEnum<StorageClass> storageClass) {

  /** Location hints: Asia-Pacific, Eastern / Western Europe, Eastern / Western North America, Oceania. */
  public enum Location { APAC, EEUR, ENAM, WEUR, WNAM, OC, UNKNOWN }

  /** Storage classes. */
  public enum StorageClass {
    @Json(name = "Standard") STANDARD,
    @Json(name = "InfrequentAccess") INFREQUENT_ACCESS,
    UNKNOWN
  }
}
