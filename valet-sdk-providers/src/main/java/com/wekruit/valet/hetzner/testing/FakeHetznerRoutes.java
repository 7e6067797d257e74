package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps each operation of the fake to its handler; one request at a time holds the state's lock. */
final class FakeHetznerRoutes {
  private record Route(String method, String template, Pattern path, Function<FakeRequest, Reply> handler) {}

  private final FakeHetznerState state;
  private final List<Route> routes = new ArrayList<>();

  FakeHetznerRoutes(FakeHetznerState state) {
    this.state = state;
    FakeServers servers = new FakeServers(state);
    FakeServerActions serverActions = new FakeServerActions(state);
    FakeImages images = new FakeImages(state);
    add("GET", "/servers", servers::list);
    add("POST", "/servers", servers::create);
    add("GET", "/servers/{id}", servers::get);
    add("PUT", "/servers/{id}", servers::update);
    add("DELETE", "/servers/{id}", servers::delete);
    add("GET", "/servers/{id}/metrics", new FakeMetrics(state)::get);
    add("GET", "/servers/{id}/actions", state.actions::ofServer);
    for (String name : FakeServerActions.NAMES) {
      add("POST", "/servers/{id}/actions/" + name, serverActions.handler(name));
    }
    add("GET", "/actions", state.actions::list);
    add("GET", "/actions/{id}", state.actions::get);
    add("GET", "/images", images::list);
    add("GET", "/images/{id}", images::get);
    add("PUT", "/images/{id}", images::update);
    add("DELETE", "/images/{id}", images::delete);
    add("GET", "/server_types", FakeCatalog::serverTypes);
    add("GET", "/server_types/{id}", FakeCatalog::serverType);
    add("GET", "/locations", FakeCatalog::locations);
    add("GET", "/pricing", FakeCatalog::pricing);
  }

  private void add(String method, String template, Function<FakeRequest, Reply> handler) {
    Pattern path = Pattern.compile("/v1" + Pattern.quote(template).replace("{id}", "\\E(\\d{1,18})\\Q"));
    routes.add(new Route(method, template, path, handler));
  }

  /** Every operation served, as {@code METHOD /path}, e.g. {@code GET /servers/{id}}. */
  List<String> operations() {
    return routes.stream().map(r -> r.method() + " " + r.template()).toList();
  }

  /** The answer to one request; {@code 404 not_found "no route ..."} for an operation the fake does not serve. */
  Reply route(String method, String path, String rawQuery, String body) {
    for (Route r : routes) {
      Matcher m = r.path().matcher(path);
      if (!r.method().equals(method) || !m.matches()) continue;
      long id = m.groupCount() > 0 ? Long.parseLong(m.group(1)) : 0;
      FakeRequest req = new FakeRequest(id, FakeRequest.parseQuery(rawQuery), body);
      synchronized (state) {
        try {
          return r.handler().apply(req);
        } catch (FakeRequest.BadJson e) {
          return Reply.error(400, "json_error", "invalid JSON");
        }
      }
    }
    return Reply.error(404, "not_found", "no route " + method + " " + path);
  }
}
