package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Types;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * {@code /zones/{zone_id}/settings/{setting_id}}: typed access to {@code ssl}, {@code always_use_https} and
 * {@code min_tls_version}, and plain access to any other setting. Setting is idempotent (PATCH of one value), so it is
 * retried like a PUT. Thread-safe.
 */
public final class ZoneSettings {
  private static final Type SSL = setting(Types.newParameterizedType(OpenEnum.class, SslMode.class));
  private static final Type TLS = setting(Types.newParameterizedType(OpenEnum.class, TlsVersion.class));
  private static final Type ON_OFF = setting(String.class);
  private static final Type ANY = setting(Object.class);
  private final HttpTransport http;
  private final String zoneId;

  ZoneSettings(HttpTransport http, String zoneId) {
    this.http = http;
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
  }

  /** The body the API takes: the 2024 spec wants the id next to the value. */
  record Body(String id, Object value) {}

  public ZoneSetting<OpenEnum<SslMode>> ssl() {
    return read("ssl", SSL);
  }

  /** Sets the SSL mode; {@code STRICT} is "Full (strict)". */
  public ZoneSetting<OpenEnum<SslMode>> ssl(SslMode mode) {
    if (mode == SslMode.UNKNOWN) throw new IllegalArgumentException("mode: UNKNOWN cannot be set");
    return write("ssl", OpenEnum.of(mode).raw(), SSL);
  }

  /** Whether plain-HTTP requests are redirected to HTTPS (301). */
  public boolean alwaysUseHttps() {
    return onOff(read("always_use_https", ON_OFF));
  }

  public boolean alwaysUseHttps(boolean on) {
    return onOff(write("always_use_https", on ? "on" : "off", ON_OFF));
  }

  public ZoneSetting<OpenEnum<TlsVersion>> minTlsVersion() {
    return read("min_tls_version", TLS);
  }

  public ZoneSetting<OpenEnum<TlsVersion>> minTlsVersion(TlsVersion version) {
    if (version == TlsVersion.UNKNOWN) throw new IllegalArgumentException("version: UNKNOWN cannot be set");
    return write("min_tls_version", OpenEnum.of(version).raw(), TLS);
  }

  /** Any setting by id (e.g. {@code tls_1_3}, {@code brotli}); the value as plain JSON. */
  public ZoneSetting<Object> get(String settingId) {
    return read(settingId, ANY);
  }

  /** Sets any setting; {@code value} is a string, number, boolean, list or map as the API documents it. */
  public ZoneSetting<Object> set(String settingId, Object value) {
    return write(settingId, Objects.requireNonNull(value, "value"), ANY);
  }

  private <V> ZoneSetting<V> read(String id, Type type) {
    return http.execute(ApiCall.<Envelope<ZoneSetting<V>>>get(path(id), type)).result();
  }

  private <V> ZoneSetting<V> write(String id, Object value, Type type) {
    return http.execute(ApiCall.<Envelope<ZoneSetting<V>>>patch(path(id), new Body(id, value), type).toBuilder()
        .idempotent(true).build()).result();
  }

  private static boolean onOff(ZoneSetting<String> s) {
    return "on".equals(s.value());
  }

  private String path(String settingId) {
    return Paths.of("zones", zoneId, "settings", settingId);
  }

  private static Type setting(Type value) {
    return Types.newParameterizedType(Envelope.class, Types.newParameterizedType(ZoneSetting.class, value));
  }
}
