package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;

/**
 * Token verification. User tokens verify at {@code /user/tokens/verify}, account-owned tokens (prefix {@code cfat_})
 * only at {@code /accounts/{account_id}/tokens/verify}: {@link #verify()} picks by the prefix when the client knows
 * its account. Legacy global keys cannot be verified this way. Thread-safe.
 */
public final class Tokens {
  private static final Type STATUS = Types.newParameterizedType(Envelope.class, TokenStatus.class);
  private final HttpTransport http;
  private final boolean accountToken;
  private final String accountId;

  Tokens(HttpTransport http, boolean accountToken, String accountId) {
    this.http = http;
    this.accountToken = accountToken;
    this.accountId = accountId;
  }

  /**
   * Verifies the client's token.
   *
   * @throws IllegalStateException for an account token ({@code cfat_…}) when the client has no account id
   */
  public TokenStatus verify() {
    if (!accountToken) return read("/user/tokens/verify");
    if (accountId == null) {
      throw new IllegalStateException("an account token (cfat_) verifies under its account: set accountId(...) on the"
          + " builder or call verifyAccount(accountId)");
    }
    return verifyAccount(accountId);
  }

  /** Verifies an account-owned token under its account. */
  public TokenStatus verifyAccount(String accountId) {
    return read(Paths.of("accounts", accountId, "tokens", "verify"));
  }

  private TokenStatus read(String path) {
    Envelope<TokenStatus> e = http.execute(ApiCall.<Envelope<TokenStatus>>get(path, STATUS));
    return e.result().withMessages(e.notices());
  }
}
