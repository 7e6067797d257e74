package com.wekruit.valet.betterstack;

import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import com.wekruit.valet.spi.ResponseCodec;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Heartbeat pings: {@code GET <ping url>[/fail|/<exit code>]}, unauthenticated. The token (the last path segment
 * after {@code heartbeat}) is marked secret on the call, so the transport redacts it from messages and logs; a ping
 * is repeatable (a second ping in the same period changes nothing), so it is retried like any GET.
 */
final class Pings {
  enum Kind { SUCCESS, FAILURE, EXIT_CODE }

  private Pings() {}

  static void send(HttpTransport transport, String pingUrl, Kind kind, int exitCode) {
    HttpUrl url = parse(pingUrl);
    String token = token(url);
    HttpUrl target = switch (kind) {
      case SUCCESS -> url;
      case FAILURE -> url.newBuilder().addPathSegment("fail").build();
      case EXIT_CODE -> url.newBuilder().addPathSegment(Integer.toString(exitCode)).build();
    };
    transport.execute(ApiCall.<Void>link(target.toString(), ResponseCodec.none()).secret(token)
        .secret(Paths.segment(token)).accept("*/*").build());
  }

  static HttpUrl parse(String pingUrl) {
    HttpUrl url = pingUrl == null ? null : HttpUrl.parse(pingUrl);
    if (url == null) throw new IllegalArgumentException("not a heartbeat ping URL (value hidden: it holds a secret)");
    token(url);
    return url;
  }

  /** The secret: the path segment after {@code heartbeat}. */
  static String token(HttpUrl url) {
    List<String> segments = url.pathSegments();
    int i = segments.lastIndexOf("heartbeat");
    if (i < 0 || i != segments.size() - 2 || segments.get(i + 1).isEmpty()) {
      throw new IllegalArgumentException("not a heartbeat ping URL, expected …/heartbeat/<token> (value hidden: it "
          + "holds a secret)");
    }
    return segments.get(i + 1);
  }

  /** {@code scheme://host:port} of a ping URL, for a pinger's base URL. */
  static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }
}
