package com.wekruit.valet.spi;

import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a {@link HttpTransport} is configured with, as collected by {@link com.wekruit.valet.http.ClientBuilder}.
 *
 * @param baseUrl the API root every path is resolved against
 * @param okHttp the client to derive the transport's own from (its pool and dispatcher are shared)
 * @param maxResponseBytes the largest response body read
 */
public record TransportSettings(HttpUrl baseUrl, OkHttpClient okHttp, Clock clock, Ticker ticker, Sleeper sleeper,
    RetryPolicy retryPolicy, BreakerPolicy breakerPolicy, long maxResponseBytes, java.time.Duration connectTimeout,
    java.time.Duration readTimeout, java.time.Duration callTimeout) {}
