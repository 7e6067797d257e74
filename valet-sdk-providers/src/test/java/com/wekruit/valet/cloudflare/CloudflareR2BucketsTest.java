package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.r2.R2Jurisdiction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R2 bucket management through the Cloudflare API: cursor pages in both result shapes, create, get, delete. */
class CloudflareR2BucketsTest extends WireMockCloudflare {
  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String PATH = BASE + "/accounts/" + ACCOUNT + "/r2/buckets";

  static String bucket(String name) {
    return "{\"name\":\"" + name + "\",\"creation_date\":\"2026-11-20T10:00:00.000Z\",\"location\":\"weur\","
        + "\"storage_class\":\"Standard\"}";
  }

  static String list(String result, String cursor) {
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + ",\"result_info\":{"
        + (cursor == null ? "" : "\"cursor\":\"" + cursor + "\",") + "\"per_page\":1000}}";
  }

  @Test
  void list_asTheSpecShapesIt_followsTheCursor() {
    // the document's list answer matches no body: its base says result is an object, its list part an array
    validateSpec = false;
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("cursor", absent())
        .willReturn(okJson(list("[" + bucket("resumes") + "]", "c2"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("cursor", equalTo("c2"))
        .willReturn(okJson(list("[" + bucket("screenshots") + "]", null))));
    List<R2Bucket> all = cf.r2Buckets(ACCOUNT).list(null).stream().toList();
    assertEquals(List.of("resumes", "screenshots"), all.stream().map(R2Bucket::name).toList());
    assertTrue(all.get(0).location().is(R2Bucket.Location.WEUR));
    assertTrue(all.get(0).storageClass().is(R2Bucket.StorageClass.STANDARD));
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("per_page", equalTo("1000"))
        .withHeader("cf-r2-jurisdiction", equalTo("default")));
  }

  @Test
  void list_asTheLiveApiShapesIt_readsTheBucketsObject() {
    validateSpec = false; // {"buckets": [...]} is what the live API sends; the 2024 document says an array
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(list("{\"buckets\":[" + bucket("backups") + "]}", ""))));
    assertEquals(List.of("backups"), cf.r2Buckets(ACCOUNT).in(R2Jurisdiction.EU).list("back").stream()
        .map(R2Bucket::name).toList());
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("name_contains", equalTo("back"))
        .withHeader("cf-r2-jurisdiction", equalTo("eu")));
  }

  @Test
  void create_get_delete() {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ok(bucket("backups")))));
    wm.stubFor(get(urlEqualTo(PATH + "/backups")).willReturn(okJson(ok(bucket("backups")))));
    wm.stubFor(delete(urlEqualTo(PATH + "/backups")).willReturn(okJson(ok("{}"))));
    R2Buckets r2 = cf.r2Buckets(ACCOUNT);
    assertEquals("backups", r2.create("backups", R2Bucket.Location.WEUR, R2Bucket.StorageClass.STANDARD).name());
    wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(
        "{\"name\":\"backups\",\"locationHint\":\"weur\",\"storageClass\":\"Standard\"}")));
    assertEquals("2026-11-20T10:00:00.000Z", r2.get("backups").creationDate());
    r2.delete("backups");
    wm.verify(deleteRequestedFor(urlEqualTo(PATH + "/backups")));
  }
}
