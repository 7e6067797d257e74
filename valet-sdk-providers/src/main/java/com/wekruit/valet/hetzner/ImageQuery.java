package com.wekruit.valet.hetzner;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters for listing images. Start from {@link #all()}, or {@link #snapshots()} / {@link #backups()}.
 *
 * @param boundTo server id (backups only)
 */
public record ImageQuery(List<ImageType> types, List<ImageStatus> status, Long boundTo, Boolean includeDeprecated,
    String name, String labelSelector, String architecture, List<String> sort) {
  public ImageQuery {
    types = List.copyOf(types);
    status = List.copyOf(status);
    sort = List.copyOf(sort);
  }

  public static ImageQuery all() {
    return new ImageQuery(List.of(), List.of(), null, null, null, null, null, List.of());
  }

  public static ImageQuery snapshots() {
    return all().type(ImageType.SNAPSHOT);
  }

  public static ImageQuery backups() {
    return all().type(ImageType.BACKUP);
  }

  public ImageQuery type(ImageType type) {
    List<ImageType> t = new ArrayList<>(types);
    t.add(type);
    return new ImageQuery(t, status, boundTo, includeDeprecated, name, labelSelector, architecture, sort);
  }

  public ImageQuery status(ImageStatus s) {
    List<ImageStatus> st = new ArrayList<>(status);
    st.add(s);
    return new ImageQuery(types, st, boundTo, includeDeprecated, name, labelSelector, architecture, sort);
  }

  public ImageQuery boundTo(long serverId) {
    return new ImageQuery(types, status, serverId, includeDeprecated, name, labelSelector, architecture, sort);
  }

  public ImageQuery labelSelector(String selector) {
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, selector, architecture, sort);
  }

  public ImageQuery sort(String field) {
    List<String> s = new ArrayList<>(sort);
    s.add(field);
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, labelSelector, architecture, s);
  }
}
