package com.wekruit.valet.hetzner;

import com.wekruit.valet.json.Required;
import java.util.List;

/** Response envelopes as the API sends them. */
final class Envelopes {
  private Envelopes() {}

  record Pagination(long page, long perPage, Long previousPage, Long nextPage, Long lastPage, Long totalEntries) {}

  record Meta(Pagination pagination) {}

  record ServerEnvelope(@Required Server server) {}

  record ServersPage(@Required List<Server> servers, Meta meta) {}

  record CreateServerResponse(@Required Server server, @Required Action action, List<Action> nextActions, String rootPassword) {}

  record ActionEnvelope(@Required Action action) {}

  record ActionsPage(@Required List<Action> actions, Meta meta) {}

  record ActionsList(@Required List<Action> actions) {}

  record ServerTypesPage(List<ServerType> serverTypes, Meta meta) {}

  record ServerTypeEnvelope(@Required ServerType serverType) {}

  record LocationsPage(List<Location> locations, Meta meta) {}

  record PricingEnvelope(@Required Pricing pricing) {}

  record ImagesPage(List<Image> images, Meta meta) {}

  record ImageEnvelope(@Required Image image) {}

  record CreateImageResponse(@Required Image image, @Required Action action) {}

  record MetricsEnvelope(@Required Metrics metrics) {}

  record ErrorEnvelope(ErrorBody error) {}

  record ErrorBody(String code, String message) {}
}
