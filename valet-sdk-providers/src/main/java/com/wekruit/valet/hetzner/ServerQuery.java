package com.wekruit.valet.hetzner;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters for listing servers. Start from {@link #all()}; each method returns a new query. Immutable and thread-safe.
 */
public final class ServerQuery {
  private final String name;
  private final String labelSelector;
  private final List<String> sort;
  private final List<ServerStatus> status;

  private ServerQuery(String name, String labelSelector, List<String> sort, List<ServerStatus> status) {
    this.name = name;
    this.labelSelector = labelSelector;
    this.sort = List.copyOf(sort);
    this.status = List.copyOf(status);
  }

  public static ServerQuery all() {
    return new ServerQuery(null, null, List.of(), List.of());
  }

  /** Exactly this name. */
  public ServerQuery name(String name) {
    return new ServerQuery(name, labelSelector, sort, status);
  }

  /** e.g. {@code env=prod,role!=db}. */
  public ServerQuery labelSelector(String selector) {
    return new ServerQuery(name, selector, sort, status);
  }

  /** e.g. {@code created:desc}; repeatable. */
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

  public String name() {
    return name;
  }

  public String labelSelector() {
    return labelSelector;
  }

  public List<String> sort() {
    return sort;
  }

  public List<ServerStatus> status() {
    return status;
  }

  @Override
  public String toString() {
    return "ServerQuery[name=" + name + ", labelSelector=" + labelSelector + ", sort=" + sort + ", status=" + status + "]";
  }
}
