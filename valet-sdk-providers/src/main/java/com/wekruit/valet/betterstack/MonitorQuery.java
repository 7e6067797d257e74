package com.wekruit.valet.betterstack;

/** Filters for {@link Monitors#list(MonitorQuery)}; unset filters are not sent. Immutable. */
public record MonitorQuery(String url, String pronounceableName, String teamName, int perPage) {

  public MonitorQuery {
    BetterStackPages.perPage(perPage, BetterStackPages.MAX_PER_PAGE);
  }

  /** No filter, the largest pages. */
  public static MonitorQuery all() {
    return new MonitorQuery(null, null, null, BetterStackPages.MAX_PER_PAGE);
  }

  public MonitorQuery url(String url) {
    return new MonitorQuery(url, pronounceableName, teamName, perPage);
  }

  public MonitorQuery pronounceableName(String name) {
    return new MonitorQuery(url, name, teamName, perPage);
  }

  public MonitorQuery teamName(String team) {
    return new MonitorQuery(url, pronounceableName, team, perPage);
  }

  /** 1 to 250 items per page. */
  public MonitorQuery perPage(int n) {
    return new MonitorQuery(url, pronounceableName, teamName, n);
  }
}
