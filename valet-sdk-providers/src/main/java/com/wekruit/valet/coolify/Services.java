package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;

/** {@code /services}: list, read, start, stop and restart. Starts are queued; each returns Coolify's message. */
public final class Services {
  private final HttpTransport http;

  Services(HttpTransport http) {
    this.http = http;
  }

  public List<Service> list() {
    return http.execute(ApiCall.get("/services", Types.newParameterizedType(List.class, Service.class)));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such service */
  public Service get(String uuid) {
    return http.execute(ApiCall.get(Paths.of("services", uuid), Service.class));
  }

  public String start(String uuid) {
    return action(uuid, "start", false);
  }

  public String stop(String uuid) {
    return action(uuid, "stop", false);
  }

  /** @param pullLatest pull the latest images first */
  public String restart(String uuid, boolean pullLatest) {
    return action(uuid, "restart", pullLatest);
  }

  private String action(String uuid, String action, boolean latest) {
    return http.execute(Calls.<Envelopes.Message>post(Paths.of("services", uuid, action), Envelopes.Message.class)
        .query("latest", latest ? "true" : null)).message();
  }
}
