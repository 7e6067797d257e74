package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.testing.SelfSignedTls;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** HTTPS and TLS probes against real local TLS servers: certificate renewal and SNI. */
class TlsProbeTest {
  private static Deadline seconds(long s) {
    return Deadline.in(Duration.ofSeconds(s));
  }

  @Test
  void httpsProbe_seesARenewedCertificateAtTheNextRun() throws Exception {
    Path dir = Files.createTempDirectory("renew");
    SelfSignedTls old = SelfSignedTls.validForDays(10, dir);
    SelfSignedTls renewed = SelfSignedTls.validForDays(90, dir, "ip:127.0.0.1,dns:localhost");
    RotatingKeys keys = new RotatingKeys(old.keyManager());
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(keys.serverContext()));
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
    try {
      HttpCheck check = HttpCheck.get("https://127.0.0.1:" + server.getAddress().getPort() + "/")
          .client(trusting(old, renewed)).build();
      CheckResult before = check.check(seconds(5));
      assertEquals(Reason.CERT_EXPIRING, before.reason(), String.valueOf(before));
      keys.renew(renewed.keyManager());
      CheckResult after = check.check(seconds(5));
      assertEquals(HealthStatus.UP, after.status(), "the renewed chain must show: " + after);
      assertTrue(Instant.parse((String) after.details().get("tlsEarliestExpiry")).isAfter(Instant.now()
          .plus(Duration.ofDays(80))));
      check.close();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void tlsProbe_sendsSniForAHostNameStartingWithADigit() throws Exception {
    SelfSignedTls tls = SelfSignedTls.validForDays(60, Files.createTempDirectory("sni"), "dns:1api.localhost");
    List<String> sni = new CopyOnWriteArrayList<>();
    try (SSLServerSocket server = (SSLServerSocket) tls.serverContext().getServerSocketFactory()
        .createServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      SSLParameters p = server.getSSLParameters();
      p.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
        @Override
        public boolean matches(SNIServerName name) {
          sni.add(new String(name.getEncoded(), java.nio.charset.StandardCharsets.US_ASCII));
          return true;
        }
      }));
      server.setSSLParameters(p);
      Thread acceptor = new Thread(() -> {
        try (SSLSocket s = (SSLSocket) server.accept()) {
          s.startHandshake();
          s.getInputStream().read();
        } catch (java.io.IOException done) {
          // the probe hangs up after the handshake
        }
      });
      acceptor.start();
      CheckResult r = TlsCertificateCheck.builder("1api.localhost", server.getLocalPort())
          .resolve(InetAddress.getLoopbackAddress()).sslContext(tls.clientContext()).build().check(seconds(5));
      acceptor.join(5_000);
      assertEquals(List.of("1api.localhost"), sni);
      assertEquals(HealthStatus.UP, r.status(), String.valueOf(r));
      assertTrue((Long) r.details().get("daysLeft") >= 58);
    }
  }

  private static OkHttpClient trusting(SelfSignedTls... certs) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    int i = 0;
    for (SelfSignedTls c : certs) {
      store.setCertificateEntry("c" + i++, c.keyManager().getCertificateChain("local")[0]);
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return new OkHttpClient.Builder()
        .sslSocketFactory(ctx.getSocketFactory(), (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0]).build();
  }
}
