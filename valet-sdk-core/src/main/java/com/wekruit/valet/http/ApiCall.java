package com.wekruit.valet.http;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One logical API call: method, path, query, optional JSON body and the response type. Immutable; build with
 * {@link #get}, {@link #post} and friends.
 *
 * @param <T> the decoded response type ({@code Void} for none)
 */
public final class ApiCall<T> {
  private final String method;
  private final String path;
  private final List<String> query;
  private final Object body;
  private final Type bodyType;
  private final Type responseType;

  private ApiCall(String method, String path, List<String> query, Object body, Type bodyType, Type responseType) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.bodyType = bodyType;
    this.responseType = responseType;
  }

  public static <T> ApiCall<T> get(String path, Type responseType) {
    return new ApiCall<>("GET", path, List.of(), null, null, responseType);
  }

  public static <T> ApiCall<T> delete(String path, Type responseType) {
    return new ApiCall<>("DELETE", path, List.of(), null, null, responseType);
  }

  public static <T> ApiCall<T> post(String path, Object body, Type responseType) {
    return new ApiCall<>("POST", path, List.of(), body, body == null ? null : body.getClass(), responseType);
  }

  public static <T> ApiCall<T> put(String path, Object body, Type responseType) {
    return new ApiCall<>("PUT", path, List.of(), body, body == null ? null : body.getClass(), responseType);
  }

  public static <T> ApiCall<T> patch(String path, Object body, Type responseType) {
    return new ApiCall<>("PATCH", path, List.of(), body, body == null ? null : body.getClass(), responseType);
  }

  /** Adds a query parameter; {@code null} values are skipped, repeated names are sent repeatedly. */
  public ApiCall<T> query(String name, Object value) {
    if (value == null) return this;
    List<String> q = new ArrayList<>(query.size() + 2);
    q.addAll(query);
    q.add(Objects.requireNonNull(name, "name"));
    q.add(String.valueOf(value));
    return new ApiCall<>(method, path, List.copyOf(q), body, bodyType, responseType);
  }

  /** Adds one query parameter per value. */
  public ApiCall<T> queryAll(String name, Iterable<?> values) {
    ApiCall<T> c = this;
    if (values != null) for (Object v : values) c = c.query(name, v);
    return c;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** Alternating names and values. */
  public List<String> queryPairs() {
    return query;
  }

  public Object body() {
    return body;
  }

  public Type bodyType() {
    return bodyType;
  }

  public Type responseType() {
    return responseType;
  }

  /** GET, HEAD, PUT and DELETE may be repeated without changing the outcome. */
  public boolean idempotent() {
    return !method.equals("POST") && !method.equals("PATCH");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
