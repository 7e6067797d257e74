package com.wekruit.valet.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A real self-signed certificate for 127.0.0.1 made by the JDK's keytool, valid for a chosen number of days. */
public final class SelfSignedTls {
  private static final char[] PASS = "changeit".toCharArray();
  private final KeyStore keyStore;

  private SelfSignedTls(KeyStore keyStore) {
    this.keyStore = keyStore;
  }

  public static SelfSignedTls validForDays(int days, Path dir) throws IOException, InterruptedException,
      GeneralSecurityException {
    return validForDays(days, dir, "ip:127.0.0.1,dns:localhost");
  }

  /** A certificate with the given subject alternative names, e.g. {@code dns:1api.localhost}. */
  public static SelfSignedTls validForDays(int days, Path dir, String san) throws IOException, InterruptedException,
      GeneralSecurityException {
    Path ks = dir.resolve("tls-" + days + "-" + Integer.toHexString(san.hashCode()) + ".p12");
    Files.deleteIfExists(ks);
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "local", "-keyalg", "EC",
        "-dname", "CN=localhost", "-ext", "san=" + san, "-validity", String.valueOf(days),
        "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit"))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IOException("keytool failed: " + out);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(ks)) {
      store.load(in, PASS);
    }
    return new SelfSignedTls(store);
  }

  /** Context for the server side (presents the certificate). */
  public SSLContext serverContext() throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore, PASS);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(kmf.getKeyManagers(), null, null);
    return c;
  }

  /** Context for clients that trust exactly this certificate. */
  public SSLContext clientContext() throws GeneralSecurityException {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keyStore);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(null, tmf.getTrustManagers(), null);
    return c;
  }

  /** The server's key manager, e.g. to swap certificates under a running server. */
  public javax.net.ssl.X509KeyManager keyManager() throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore, PASS);
    return (javax.net.ssl.X509KeyManager) kmf.getKeyManagers()[0];
  }

  public javax.net.ssl.X509TrustManager trustManager() throws GeneralSecurityException {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keyStore);
    return (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0];
  }
}
