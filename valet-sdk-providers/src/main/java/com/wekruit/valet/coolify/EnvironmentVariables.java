package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * {@code /applications/{uuid}/envs}: one application's environment variables. Values are marked secret, so an API
 * error that echoes one (also JSON-escaped, as Laravel writes it) shows {@code ****}. Changes apply at the next deployment. Thread-safe.
 */
public final class EnvironmentVariables {
  private static final Type LIST = Types.newParameterizedType(List.class, EnvironmentVariable.class);
  private final HttpTransport http;
  private final String applicationUuid;

  EnvironmentVariables(HttpTransport http, String applicationUuid) {
    this.http = http;
    this.applicationUuid = Objects.requireNonNull(applicationUuid, "applicationUuid");
  }

  public List<EnvironmentVariable> list() {
    return http.execute(ApiCall.get(path(), LIST));
  }

  /**
   * Creates a variable; returns its uuid.
   *
   * @throws com.wekruit.valet.error.ConflictException when the key exists ("Use PATCH request to update it.")
   */
  public String create(EnvVarRequest request) {
    return http.execute(Calls.secret(ApiCall.<Envelopes.Uuid>post(path(), request.body(), Envelopes.Uuid.class)
        .toBuilder(), request.value()).build()).uuid();
  }

  /**
   * Updates the variable with the request's key (Coolify matches by key, answering 201). Repeatable.
   *
   * @throws NotFoundException when no variable has that key
   */
  public EnvironmentVariable update(EnvVarRequest request) {
    return http.execute(Calls.secret(ApiCall.<EnvironmentVariable>patch(path(), request.body(),
        EnvironmentVariable.class).toBuilder(), request.value()).idempotent(true).build());
  }

  /** Updates (or creates) many variables in one request ({@code PATCH .../envs/bulk}). Repeatable. */
  public List<EnvironmentVariable> updateAll(List<EnvVarRequest> requests) {
    if (requests.isEmpty()) throw new IllegalArgumentException("requests must not be empty");
    record Bulk(List<EnvVarRequest.Body> data) {}
    ApiCall.Builder<List<EnvironmentVariable>> b = ApiCall.<List<EnvironmentVariable>>patch(path() + "/bulk",
        new Bulk(requests.stream().map(EnvVarRequest::body).toList()), LIST).toBuilder().idempotent(true);
    for (EnvVarRequest r : requests) Calls.secret(b, r.value());
    return http.execute(b.build());
  }

  /**
   * Sets {@code key} to the value whether or not it exists: updates it, or creates it when the update answers 404,
   * then reads it back.
   */
  public EnvironmentVariable upsert(EnvVarRequest request) {
    try {
      return update(request);
    } catch (NotFoundException missing) {
      String uuid = create(request);
      return list().stream().filter(e -> e.uuid().equals(uuid)).findFirst().orElseThrow(() -> missing);
    }
  }

  /** Deletes a variable by its uuid; a retry that finds it gone counts as done. */
  public void delete(String envUuid) {
    http.execute(ApiCall.<Envelopes.Message>delete(path() + Paths.of(envUuid), Envelopes.Message.class).toBuilder()
        .goneIsSuccess(null).build());
  }

  private String path() {
    return Paths.of("applications", applicationUuid, "envs");
  }
}
