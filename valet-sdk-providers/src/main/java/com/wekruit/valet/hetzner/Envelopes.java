package com.wekruit.valet.hetzner;

import java.util.List;

/** Response envelopes as the API sends them. */
final class Envelopes {
  private Envelopes() {}

  record Pagination(long page, long perPage, Long previousPage, Long nextPage, Long lastPage, Long totalEntries) {}

  record Meta(Pagination pagination) {
    String next() {
      return pagination == null || pagination.nextPage() == null ? null : String.valueOf(pagination.nextPage());
    }
  }

  record ServerEnvelope(Server server) {}

  record ServersPage(List<Server> servers, Meta meta) {}

  record CreateServerResponse(Server server, Action action, List<Action> nextActions, String rootPassword) {}

  record ActionEnvelope(Action action) {}

  record ActionsPage(List<Action> actions, Meta meta) {}

  record ActionsList(List<Action> actions) {}

  record ServerTypesPage(List<ServerType> serverTypes, Meta meta) {}

  record ServerTypeEnvelope(ServerType serverType) {}

  record LocationsPage(List<Location> locations, Meta meta) {}

  record PricingEnvelope(Pricing pricing) {}

  record ImagesPage(List<Image> images, Meta meta) {}

  record ImageEnvelope(Image image) {}

  record CreateImageResponse(Image image, Action action) {}

  record MetricsEnvelope(Metrics metrics) {}

  record ErrorEnvelope(ErrorBody error) {}

  record ErrorBody(String code, String message) {}
}
