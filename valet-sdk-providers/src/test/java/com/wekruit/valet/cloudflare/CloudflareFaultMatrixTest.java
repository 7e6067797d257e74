package com.wekruit.valet.cloudflare;

import com.wekruit.valet.cloudflare.testing.CloudflarePayloads;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Cloudflare client. */
class CloudflareFaultMatrixTest extends ProviderFaultMatrix<CloudflareClient> {
  private static final String TOKEN = "cfut_MatrixToken7c1e0b9dAbcdefghij0123456789";
  private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

  @Override
  protected CloudflareClient client(Consumer<ClientBuilder<?>> settings) {
    CloudflareClient.Builder b = CloudflareClient.builder().token(TOKEN);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return TOKEN;
  }

  @Override
  protected String basePath() {
    return "/client/v4";
  }

  @Override
  protected String createPath() {
    return "/zones/" + ZONE + "/dns_records";
  }

  @Override
  protected Object create(CloudflareClient c) {
    return c.dnsRecords(ZONE).create(DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "203.0.113.10")
        .build());
  }

  @Override
  protected String getPath() {
    return "/zones/" + ZONE;
  }

  @Override
  protected Object get(CloudflareClient c) {
    return c.zones().get(ZONE);
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, CloudflarePayloads.ok(CloudflarePayloads.zone(ZONE, "example.com")));
  }

  @Override
  protected String endlessPrefix() {
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, CloudflarePayloads.error(code, message), headers);
  }

  /** Cloudflare's global limit answers with code 971. */
  @Override
  protected Reply rateLimited(String retryAfter) {
    return error(429, CloudflareErrors.GLOBAL_RATE_LIMIT, "Please wait and consider throttling your request speed",
        "Retry-After", retryAfter);
  }
}
