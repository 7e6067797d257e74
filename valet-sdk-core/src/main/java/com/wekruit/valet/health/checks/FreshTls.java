package com.wekruit.valet.health.checks;

import java.io.IOException;
import java.net.Socket;
import java.util.Collections;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Makes the next HTTPS probe of a host see the certificate the server presents then: after each exchange the client's
 * cached TLS sessions for that host and port are invalidated, so the next handshake is a full one (a resumed session
 * reports the chain of the original handshake, which can be months old after a renewal).
 */
final class FreshTls {
  static final Interceptor FORGET_SESSION = chain -> {
    Response response = chain.proceed(chain.request());
    forget(chain.connection());
    return response;
  };

  private FreshTls() {}

  private static void forget(Connection connection) throws IOException {
    if (connection == null) return;
    Socket socket = connection.socket();
    if (!(socket instanceof SSLSocket ssl)) return;
    SSLSession session = ssl.getSession();
    SSLSessionContext cache = session.getSessionContext();
    session.invalidate();
    if (cache == null) return;
    for (byte[] id : Collections.list(cache.getIds())) {
      SSLSession cached = cache.getSession(id);
      if (cached != null && session.getPeerPort() == cached.getPeerPort()
          && String.valueOf(session.getPeerHost()).equals(cached.getPeerHost())) {
        cached.invalidate();
      }
    }
  }
}
