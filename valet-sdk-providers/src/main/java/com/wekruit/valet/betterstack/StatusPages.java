package com.wekruit.valet.betterstack;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.Objects;

/** {@code /api/v2/status-pages}, read-only. Thread-safe. */
public final class StatusPages {
  private final HttpTransport http;

  StatusPages(HttpTransport http) {
    this.http = http;
  }

  public Paginator<StatusPage> list() {
    return BetterStackPages.list(http, "/api/v2/status-pages", StatusPage.class, BetterStackPages.MAX_PER_PAGE,
        c -> c);
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such page */
  public StatusPage get(String id) {
    return http.<JsonApi.Single<StatusPage>>execute(ApiCall.get(Paths.of("api", "v2", "status-pages",
        Objects.requireNonNull(id, "id")), BetterStackPages.single(StatusPage.class))).data();
  }
}
