package com.wekruit.valet.runbook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The declarative prices of the services without a pricing API (Hetzner's come from its API), by key such as
 * {@code r2.standard}. {@link #declared()} holds this SDK's table; override entries with {@link #with}. Immutable.
 */
public final class PriceTable {
  private static final String R2_DOC = "reference/cloudflare-r2-neon.md (r2/pricing.mdx @ 07ec87d4)";
  private static final String UPSTASH_DOC = "reference/upstash-betterstack.md §2.4 (billing.mdx, 2026-06)";
  private static final String UNVERIFIED = "declared by valet-sdk, not in /work/shared: verify on the provider's page";
  private final Map<String, ServicePrice> prices;

  private PriceTable(Map<String, ServicePrice> prices) {
    this.prices = Map.copyOf(prices);
  }

  /** This SDK's table; every entry names its source, and the unverified ones say so. */
  public static PriceTable declared() {
    Map<String, ServicePrice> m = new LinkedHashMap<>();
    m.put("cloudflare.free", ServicePrice.flat("Cloudflare", "Free (DNS, CDN, SSL)", "0", "USD", UNVERIFIED));
    m.put("r2.standard", ServicePrice.usage("Cloudflare R2", "Standard storage", "0.015", "GB-month", "10", "USD",
        R2_DOC));
    m.put("upstash.free", ServicePrice.flat("Upstash", "Free (500K commands/month)", "0", "USD", UPSTASH_DOC));
    m.put("upstash.payg", ServicePrice.usage("Upstash", "Pay as you go", "0.000002", "command", "0", "USD",
        UPSTASH_DOC));
    m.put("upstash.fixed-1gb", ServicePrice.flat("Upstash", "Fixed 1 GB", "20", "USD", UPSTASH_DOC));
    m.put("neon.free", ServicePrice.flat("Neon", "Free", "0", "USD", UNVERIFIED));
    m.put("neon.launch", ServicePrice.flat("Neon", "Launch", "19", "USD", UNVERIFIED));
    m.put("neon.scale", ServicePrice.flat("Neon", "Scale", "69", "USD", UNVERIFIED));
    m.put("betterstack.free", ServicePrice.flat("Better Stack", "Free (10 monitors)", "0", "USD", UNVERIFIED));
    m.put("betterstack.responder", ServicePrice.flat("Better Stack", "1 responder", "29", "USD", UNVERIFIED));
    return new PriceTable(m);
  }

  /** A copy with {@code key} set to {@code price}. */
  public PriceTable with(String key, ServicePrice price) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(price, "price");
    Map<String, ServicePrice> m = new LinkedHashMap<>(prices);
    m.put(key, price);
    return new PriceTable(m);
  }

  public Optional<ServicePrice> get(String key) {
    return Optional.ofNullable(prices.get(key));
  }

  @Override
  public String toString() {
    return "PriceTable[" + prices.size() + " prices]";
  }
}
