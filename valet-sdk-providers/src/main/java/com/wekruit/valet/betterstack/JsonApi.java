package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.Required;
import java.util.List;

/** Better Stack's JSON:API-like envelopes: {@code {"data": …}} and {@code {"data": […], "pagination": …}}. */
final class JsonApi {
  private JsonApi() {}

  /** One resource. */
  record Single<T>(@Required T data) {}

  /** One page of a list; {@code pagination.next} is an absolute URL, {@code null} on the last page. */
  record ListPage<T>(@Required List<T> data, Pagination pagination) {
    String next() {
      return pagination == null ? null : pagination.next();
    }
  }

  /** A resource whose attributes are all the caller needs (SLA, availability, response times). */
  record Resource<A>(String id, String type, @Required A attributes) {}

  /** Absolute page links. */
  record Pagination(String first, String last, String prev, String next) {}
}
