package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.neon.testing.NeonPayloads;
import com.wekruit.valet.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Projects and branch lists page lazily; org_id errors say what to do; URIs and the key never leak. */
class NeonProjectsTest extends WireMockNeon {

  private static String projects(int from, int count, String cursor) {
    List<String> items = IntStream.range(from, from + count).mapToObj(i -> NeonPayloads.projectListItem("proj-" + i,
        "p" + i, "org-acme")).toList();
    return "{\"projects\":" + NeonPayloads.array(items) + ",\"pagination\":{\"cursor\":\"" + cursor + "\"},"
        + "\"applications\":{},\"integrations\":{}}";
  }

  @Test
  void projects_followTheCursorAndStopOnAShortPageAlthoughACursorCame() {
    wm.stubFor(get(urlPathEqualTo(API + "/projects")).withQueryParam("cursor", absent())
        .willReturn(jsonResponse(projects(0, 100, "c1"), 200)));
    wm.stubFor(get(urlPathEqualTo(API + "/projects")).withQueryParam("cursor", equalTo("c1"))
        .willReturn(jsonResponse(projects(100, 7, "c2"), 200)));
    neon = builder().orgId("org-acme").build();
    List<Project> all = neon.projects().list().stream().toList();
    assertEquals(107, all.size());
    assertEquals("org-acme", all.get(0).orgId());
    wm.verify(2, getRequestedFor(urlPathEqualTo(API + "/projects")).withQueryParam("org_id", equalTo("org-acme"))
        .withQueryParam("limit", equalTo("100")));
  }

  @Test
  void projectsAreFetchedOnlyWhenNeeded() {
    wm.stubFor(get(urlPathEqualTo(API + "/projects")).willReturn(jsonResponse(projects(0, 100, "c1"), 200)));
    assertEquals("proj-0", neon.projects().list().stream().findFirst().orElseThrow().id());
    wm.verify(1, getRequestedFor(urlPathEqualTo(API + "/projects")));
  }

  @Test
  void orgIdRequired_saysHowToFixIt() {
    wm.stubFor(get(urlPathEqualTo(API + "/projects")).willReturn(jsonResponse(NeonPayloads.error("",
        "org_id is required, you can find it on your organization settings page"), 400)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> neon.projects().list().stream().toList());
    assertTrue(e.getMessage().contains("orgId("), e.getMessage());
    assertTrue(e.getMessage().contains("NEON_ORG_ID"), e.getMessage());
    assertEquals("req-8f2c", e.requestId());
  }

  @Test
  void branches_followPaginationNextUntilItIsAbsent() {
    String page1 = "{\"branches\":[" + NeonPayloads.branch("br-1", "proj-1", "main", null, null, "ready", true)
        + "],\"annotations\":{},\"pagination\":{\"next\":\"n1\",\"sort_by\":\"updated_at\",\"sort_order\":\"desc\"}}";
    String page2 = "{\"branches\":[" + NeonPayloads.branch("br-2", "proj-1", "dev", "br-1", null, "ready", false)
        + "],\"annotations\":{},\"pagination\":{\"sort_by\":\"updated_at\",\"sort_order\":\"desc\"}}";
    wm.stubFor(get(urlPathEqualTo(API + "/projects/proj-1/branches")).withQueryParam("cursor", absent())
        .willReturn(jsonResponse(page1, 200)));
    wm.stubFor(get(urlPathEqualTo(API + "/projects/proj-1/branches")).withQueryParam("cursor", equalTo("n1"))
        .willReturn(jsonResponse(page2, 200)));
    List<Branch> all = neon.branches("proj-1").list().stream().toList();
    assertEquals(List.of("br-1", "br-2"), all.stream().map(Branch::id).toList());
    assertTrue(all.get(0).isRoot() && all.get(0).isDefault());
    assertEquals("br-1", all.get(1).parentId());
  }

  @Test
  void pooledConnectionUri_isAskedForAndItsPasswordNeverShows() {
    String uri = "postgresql://neondb_owner:npg_Secret42@ep-1-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require";
    wm.stubFor(get(urlPathEqualTo(API + "/projects/proj-1/connection_uri")).willReturn(jsonResponse(
        "{\"uri\":\"" + uri + "\"}", 200)));
    ConnectionUri c = neon.projects().connectionUri("proj-1", ConnectionUriRequest.of("neondb", "neondb_owner")
        .branch("br-1").pooled(true));
    assertEquals(uri, c.uri());
    assertTrue(c.pooled());
    assertFalse(c.toString().contains("npg_Secret42"), c.toString());
    assertTrue(c.toString().contains("neondb_owner:****@ep-1-pooler"), c.toString());
    wm.verify(getRequestedFor(urlPathEqualTo(API + "/projects/proj-1/connection_uri"))
        .withQueryParam("database_name", equalTo("neondb")).withQueryParam("role_name", equalTo("neondb_owner"))
        .withQueryParam("branch_id", equalTo("br-1")).withQueryParam("pooled", equalTo("true")));
  }

  @Test
  void databasesAndRoles_areListed() {
    wm.stubFor(get(API + "/projects/proj-1/branches/br-1/databases").willReturn(jsonResponse("{\"databases\":["
        + NeonPayloads.database(7, "br-1", "neondb", "neondb_owner") + "]}", 200)));
    wm.stubFor(get(API + "/projects/proj-1/branches/br-1/roles").willReturn(jsonResponse("{\"roles\":["
        + NeonPayloads.role("br-1", "neondb_owner").replace("\"protected\"", "\"password\":\"npg_rolePw\",\"protected\"")
        + "]}", 200)));
    assertEquals("neondb_owner", neon.branches("proj-1").databases("br-1").get(0).ownerName());
    Role role = neon.branches("proj-1").roles("br-1").get(0);
    assertEquals("npg_rolePw", role.password());
    assertFalse(role.toString().contains("npg_rolePw"), role.toString());
  }

  @Test
  void apiKey_neverInMessagesLogsOrToString() {
    validateSpec = false;
    wm.stubFor(get(API + "/projects/p-1").willReturn(jsonResponse(NeonPayloads.error("",
        "key " + KEY + " is not allowed"), 401)));
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      ValetException e = assertThrows(ValetException.class, () -> neon.projects().get("p-1"));
      seen.add(e.getMessage());
      seen.add(neon.toString());
      seen.add(logs.all());
    }
    for (String s : seen) assertFalse(s.contains(KEY), "key leaked in: " + s);
    wm.verify(getRequestedFor(urlEqualTo(API + "/projects/p-1")).withHeader("Authorization", equalTo("Bearer " + KEY)));
  }

  @Test
  void fromEnv_readsTheKeyAndOrg() {
    assertThrows(IllegalStateException.class, () -> NeonClient.fromEnv(Map.<String, String>of()::get));
    NeonClient c = NeonClient.fromEnv(Map.of("NEON_API_KEY", KEY, "NEON_ORG_ID", "org-acme")::get);
    assertFalse(c.toString().contains(KEY));
    assertThrows(IllegalArgumentException.class, () -> NeonClient.builder().orgId("Org With Spaces"));
  }
}
