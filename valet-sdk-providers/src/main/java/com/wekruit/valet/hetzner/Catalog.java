package com.wekruit.valet.hetzner;

import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.paging.Paginator;
import java.util.Optional;

/** What can be ordered and what it costs: server types, locations and pricing. Thread-safe. */
public final class Catalog {
  private final HttpTransport http;

  Catalog(HttpTransport http) {
    this.http = http;
  }

  public Paginator<ServerType> serverTypes() {
    return HetznerPages.paginate(http,
        ApiCall.<Envelopes.ServerTypesPage>get("/server_types", Envelopes.ServerTypesPage.class),
        Envelopes.ServerTypesPage::serverTypes, Envelopes.ServerTypesPage::meta);
  }

  public ServerType serverType(long id) {
    return http.execute(ApiCall.<Envelopes.ServerTypeEnvelope>get("/server_types/" + id,
        Envelopes.ServerTypeEnvelope.class)).serverType();
  }

  public Optional<ServerType> serverType(String name) {
    return HetznerPages.paginate(http,
        ApiCall.<Envelopes.ServerTypesPage>get("/server_types", Envelopes.ServerTypesPage.class).query("name", name),
        Envelopes.ServerTypesPage::serverTypes, Envelopes.ServerTypesPage::meta).stream().findFirst();
  }

  public Paginator<Location> locations() {
    return HetznerPages.paginate(http,
        ApiCall.<Envelopes.LocationsPage>get("/locations", Envelopes.LocationsPage.class),
        Envelopes.LocationsPage::locations, Envelopes.LocationsPage::meta);
  }

  /** Prices with and without VAT, in the project's currency. */
  public Pricing pricing() {
    return http.execute(ApiCall.<Envelopes.PricingEnvelope>get("/pricing", Envelopes.PricingEnvelope.class)).pricing();
  }
}
