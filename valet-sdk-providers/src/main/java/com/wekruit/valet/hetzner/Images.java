package com.wekruit.valet.hetzner;

import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.paging.Paginator;
import java.util.Map;

/** {@code /images}: list with snapshot/backup filters, read, update labels, delete. Thread-safe. */
public final class Images {
  private final HttpTransport http;

  Images(HttpTransport http) {
    this.http = http;
  }

  public Paginator<Image> list(ImageQuery q) {
    ApiCall<Envelopes.ImagesPage> call = ApiCall.<Envelopes.ImagesPage>get("/images", Envelopes.ImagesPage.class)
        .queryAll("type", q.types().stream().map(t -> OpenEnum.of(t).raw()).toList())
        .queryAll("status", q.status().stream().map(s -> OpenEnum.of(s).raw()).toList())
        .query("bound_to", q.boundTo())
        .query("include_deprecated", q.includeDeprecated())
        .query("name", q.name())
        .query("label_selector", q.labelSelector())
        .query("architecture", q.architecture())
        .queryAll("sort", q.sort());
    return HetznerPages.paginate(http, call, Envelopes.ImagesPage::images, Envelopes.ImagesPage::meta);
  }

  public Image get(long id) {
    return http.execute(ApiCall.<Envelopes.ImageEnvelope>get(path(id), Envelopes.ImageEnvelope.class)).image();
  }

  /** Updates the description and/or replaces the labels; {@code null} leaves a field alone. */
  public Image update(long id, String description, Map<String, String> labels) {
    record Body(String description, Map<String, String> labels) {}
    return http.execute(ApiCall.<Envelopes.ImageEnvelope>put(path(id), new Body(description, labels),
        Envelopes.ImageEnvelope.class)).image();
  }

  /** Deletes a snapshot or backup. */
  public void delete(long id) {
    http.execute(ApiCall.<Void>delete(path(id), Void.class));
  }

  private static String path(long id) {
    return "/images/" + id;
  }
}
