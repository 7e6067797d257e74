package com.wekruit.valet.hetzner;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters for listing servers. Start from {@link #all()}; each method returns a new query.
 *
 * @param labelSelector e.g. {@code env=prod,role!=db}
 * @param sort e.g. {@code created:desc}; repeatable
 */
public record ServerQuery(String name, String labelSelector, List<String> sort, List<ServerStatus> status) {
  public ServerQuery {
    sort = List.copyOf(sort);
    status = List.copyOf(status);
  }

  public static ServerQuery all() {
    return new ServerQuery(null, null, List.of(), List.of());
  }

  public ServerQuery name(String name) {
    return new ServerQuery(name, labelSelector, sort, status);
  }

  public ServerQuery labelSelector(String selector) {
    return new ServerQuery(name, selector, sort, status);
  }

  public ServerQuery sort(String field) {
    List<String> s = new ArrayList<>(sort);
    s.add(field);
    return new ServerQuery(name, labelSelector, s, status);
  }

  public ServerQuery status(ServerStatus... statuses) {
    List<ServerStatus> s = new ArrayList<>(status);
    for (ServerStatus st : statuses) {
      if (st == ServerStatus.UNKNOWN) throw new IllegalArgumentException("status: UNKNOWN is not a filter");
      s.add(st);
    }
    return new ServerQuery(name, labelSelector, sort, s);
  }
}
