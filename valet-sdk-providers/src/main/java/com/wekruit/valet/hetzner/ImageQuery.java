package com.wekruit.valet.hetzner;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters for listing images. Start from {@link #all()}, or {@link #snapshots()} / {@link #backups()}; each method
 * returns a new query. Immutable and thread-safe.
 */
public final class ImageQuery {
  private final List<ImageType> types;
  private final List<ImageStatus> status;
  private final Long boundTo;
  private final Boolean includeDeprecated;
  private final String name;
  private final String labelSelector;
  private final String architecture;
  private final List<String> sort;

  private ImageQuery(List<ImageType> types, List<ImageStatus> status, Long boundTo, Boolean includeDeprecated,
      String name, String labelSelector, String architecture, List<String> sort) {
    this.types = List.copyOf(types);
    this.status = List.copyOf(status);
    this.boundTo = boundTo;
    this.includeDeprecated = includeDeprecated;
    this.name = name;
    this.labelSelector = labelSelector;
    this.architecture = architecture;
    this.sort = List.copyOf(sort);
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

  public ImageQuery includeDeprecated(boolean include) {
    return new ImageQuery(types, status, boundTo, include, name, labelSelector, architecture, sort);
  }

  /** Exactly this name, e.g. {@code ubuntu-24.04}. */
  public ImageQuery name(String name) {
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, labelSelector, architecture, sort);
  }

  /** {@code x86} or {@code arm}. */
  public ImageQuery architecture(String architecture) {
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, labelSelector, architecture, sort);
  }

  public ImageQuery labelSelector(String selector) {
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, selector, architecture, sort);
  }

  public ImageQuery sort(String field) {
    List<String> s = new ArrayList<>(sort);
    s.add(field);
    return new ImageQuery(types, status, boundTo, includeDeprecated, name, labelSelector, architecture, s);
  }

  public List<ImageType> types() {
    return types;
  }

  public List<ImageStatus> status() {
    return status;
  }

  /** Server id (backups only), or {@code null}. */
  public Long boundTo() {
    return boundTo;
  }

  public Boolean includeDeprecated() {
    return includeDeprecated;
  }

  public String name() {
    return name;
  }

  public String labelSelector() {
    return labelSelector;
  }

  public String architecture() {
    return architecture;
  }

  public List<String> sort() {
    return sort;
  }

  @Override
  public String toString() {
    return "ImageQuery[types=" + types + ", status=" + status + ", boundTo=" + boundTo + ", labelSelector="
        + labelSelector + ", sort=" + sort + "]";
  }
}
