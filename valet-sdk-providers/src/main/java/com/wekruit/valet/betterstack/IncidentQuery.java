package com.wekruit.valet.betterstack;

import java.time.LocalDate;

/**
 * Filters for {@link Incidents#list(IncidentQuery)}; unset ({@code null}) filters are not sent. Immutable.
 *
 * @param from first day (UTC)
 * @param to last day (UTC)
 * @param perPage 1..50
 */
public record IncidentQuery(LocalDate from, LocalDate to, String monitorId, String heartbeatId, Boolean resolved,
    Boolean acknowledged, String teamName, int perPage) {

  public IncidentQuery {
    BetterStackPages.perPage(perPage, BetterStackPages.MAX_INCIDENTS_PER_PAGE);
  }

  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null, null, null, BetterStackPages.MAX_INCIDENTS_PER_PAGE);
  }

  /** Only unresolved incidents. */
  public static IncidentQuery open() {
    return all().resolved(false);
  }

  public IncidentQuery between(LocalDate from, LocalDate to) {
    return new IncidentQuery(from, to, monitorId, heartbeatId, resolved, acknowledged, teamName, perPage);
  }

  public IncidentQuery monitorId(String id) {
    return new IncidentQuery(from, to, id, heartbeatId, resolved, acknowledged, teamName, perPage);
  }

  public IncidentQuery heartbeatId(String id) {
    return new IncidentQuery(from, to, monitorId, id, resolved, acknowledged, teamName, perPage);
  }

  public IncidentQuery resolved(boolean r) {
    return new IncidentQuery(from, to, monitorId, heartbeatId, r, acknowledged, teamName, perPage);
  }

  public IncidentQuery acknowledged(boolean a) {
    return new IncidentQuery(from, to, monitorId, heartbeatId, resolved, a, teamName, perPage);
  }

  public IncidentQuery teamName(String team) {
    return new IncidentQuery(from, to, monitorId, heartbeatId, resolved, acknowledged, team, perPage);
  }

  public IncidentQuery perPage(int n) {
    return new IncidentQuery(from, to, monitorId, heartbeatId, resolved, acknowledged, teamName, n);
  }
}
