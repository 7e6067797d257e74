package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;

/** {@code /servers}: list, read, the resources on a server, and (re)validation. Thread-safe. */
public final class Servers {
  private final HttpTransport http;

  Servers(HttpTransport http) {
    this.http = http;
  }

  public List<Server> list() {
    return http.execute(ApiCall.get("/servers", Types.newParameterizedType(List.class, Server.class)));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such server */
  public Server get(String uuid) {
    return http.execute(ApiCall.get(Paths.of("servers", uuid), Server.class));
  }

  /** The applications, services and databases on a server, with their status. */
  public List<ServerResource> resources(String uuid) {
    return http.execute(ApiCall.get(Paths.of("servers", uuid, "resources"),
        Types.newParameterizedType(List.class, ServerResource.class)));
  }

  /**
   * Starts validating the server's connection and Docker setup (a background job: this returns at once with
   * Coolify's message; the result shows in {@link Server.Settings#isReachable()} and {@code isUsable()} later).
   *
   * @param install also install Docker if it is missing
   */
  public String validate(String uuid, boolean install) {
    record Body(Boolean install) {}
    return http.execute(ApiCall.<Envelopes.Message>post(Paths.of("servers", uuid, "validate"),
        new Body(install ? Boolean.TRUE : null), Envelopes.Message.class)).message();
  }
}
