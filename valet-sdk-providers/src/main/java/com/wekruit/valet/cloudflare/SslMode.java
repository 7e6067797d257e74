package com.wekruit.valet.cloudflare;

/**
 * The zone's {@code ssl} setting: how Cloudflare talks to the origin. {@code STRICT} is "Full (strict)": HTTPS to the
 * origin with a valid certificate. A change can take up to five minutes to apply at the edge.
 */
public enum SslMode { OFF, FLEXIBLE, FULL, STRICT, UNKNOWN }
