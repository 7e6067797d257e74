package com.wekruit.valet.cloudflare;

/**
 * An informational message of a successful answer, e.g. {@code 10000 "This API Token is valid and active"}.
 *
 * @param code the numeric code as text, or {@code null} when the API sent a bare string
 */
public record Notice(String code, String message) {}
