/**
 * User API: what every provider client is configured with ({@link com.wekruit.valet.http.ClientBuilder}, the base of
 * each provider's builder), {@link com.wekruit.valet.http.RetryPolicy}, {@link com.wekruit.valet.http.BreakerPolicy},
 * the rate-limit budget a client last saw ({@link com.wekruit.valet.http.RateLimit}) and the injectable time
 * sources ({@link com.wekruit.valet.http.Ticker}, {@link com.wekruit.valet.http.Sleeper}, plus a wall
 * {@link java.time.Clock}).
 *
 * <p>Conventions across the SDK: factories are {@code builder()} and {@code defaults()}; lookups that may find nothing
 * return {@link java.util.Optional}; record accessors return {@code null} exactly where the API documents a nullable
 * field, and lists and maps are never {@code null} (absent means empty) and never modifiable.
 */
package com.wekruit.valet.http;
