package com.wekruit.valet.spi;

import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.internal.SdkVersion;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Builds one attempt's request: URL (same origin only), query, body, headers, the follow-up guard, credentials. */
final class Requests {
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private Requests() {}

  static Request build(HttpTransport t, ApiCall<?> call, Redactor redactor, int attempt) {
    HttpUrl url;
    if (call.absoluteUrl() != null) {
      url = call.absoluteUrl();
      if (!url.scheme().equals(t.base.scheme()) || !url.host().equals(t.base.host()) || url.port() != t.base.port()) {
        throw t.failures.client(call, redactor, Kind.REFUSED, "link points to another origin (" + url.scheme() + "://"
            + url.host() + ":" + url.port() + "); not sent, so credentials stay with " + t.base.host(), null, attempt,
            false);
      }
    } else {
      url = HttpUrl.get(t.root + call.path());
    }
    List<String> q = call.queryPairs();
    if (!q.isEmpty()) {
      HttpUrl.Builder u = url.newBuilder();
      for (int i = 0; i < q.size(); i += 2) u.addQueryParameter(q.get(i), q.get(i + 1));
      url = u.build();
    }
    RequestContent content = call.content();
    RequestBody body = content != null ? content.body() : needsBody(call.method()) ? EMPTY : null;
    Request.Builder b = new Request.Builder().url(url).method(call.method(), body)
        .header("Accept", "application/json").header("User-Agent", SdkVersion.USER_AGENT)
        .tag(FollowUpGuard.Sends.class, new FollowUpGuard.Sends());
    if (content != null && content.encoding() != null) b.header("Content-Encoding", content.encoding());
    List<String> h = call.headers();
    for (int i = 0; i < h.size(); i += 2) b.header(h.get(i), h.get(i + 1));
    t.credentials.apply(b);
    return b.build();
  }

  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
