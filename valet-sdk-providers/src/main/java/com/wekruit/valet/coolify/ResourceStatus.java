package com.wekruit.valet.coolify;

/** Coolify's {@code state:health} resource status strings, e.g. {@code running:healthy}, {@code exited:unhealthy}. */
final class ResourceStatus {
  private ResourceStatus() {}

  static String state(String status) {
    if (status == null) return "";
    int colon = status.indexOf(':');
    return colon < 0 ? status : status.substring(0, colon);
  }

  static String health(String status) {
    if (status == null) return "";
    int colon = status.indexOf(':');
    return colon < 0 ? "" : status.substring(colon + 1);
  }
}
