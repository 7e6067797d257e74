package com.wekruit.valet.health.checks;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/** A server key manager whose certificate can be renewed while the server keeps running, like a reload of nginx. */
final class RotatingKeys extends X509ExtendedKeyManager {
  private volatile X509KeyManager current;

  RotatingKeys(X509KeyManager first) {
    this.current = first;
  }

  void renew(X509KeyManager next) {
    this.current = next;
  }

  SSLContext serverContext() throws Exception {
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(new javax.net.ssl.KeyManager[] {this}, null, null);
    return c;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return current.getClientAliases(keyType, issuers);
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return current.chooseClientAlias(keyType, issuers, socket);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return current.getServerAliases(keyType, issuers);
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return current.chooseServerAlias(keyType, issuers, socket);
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return current.getServerAliases(keyType, issuers) == null ? null : current.getServerAliases(keyType, issuers)[0];
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return current.getCertificateChain(alias);
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return current.getPrivateKey(alias);
  }
}
