package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three pagination styles against a loopback server: what each page request carries and where it stops. */
class PaginationTest {
  private final FakeTime time = new FakeTime();
  private final FaultServer server = TestApi.server();
  private final HttpTransport http = new TestApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time)
      .build();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private static Reply page(String next, long... ids) {
    StringBuilder b = new StringBuilder("{\"things\":[");
    for (int i = 0; i < ids.length; i++) b.append(i == 0 ? "" : ",").append("{\"id\":").append(ids[i]).append('}');
    b.append(']');
    if (next != null) b.append(",").append(next);
    return Reply.json(200, b.append('}').toString());
  }

  private static List<Long> ids(Paginator<TestApi.Thing> p) {
    List<Long> out = new ArrayList<>();
    for (TestApi.Thing t : p) out.add(t.id());
    return out;
  }

  private final ApiCall<TestApi.Listing> first = ApiCall.<TestApi.Listing>builder("GET", "/things",
      ResponseCodec.json(TestApi.Listing.class)).query("sort", "id").header("X-Scope", "team-1").build();

  @Test
  void pageNumbers_countFromOne_andStopWithoutANextPage() {
    server.then(page("\"next_page\":2", 1, 2), page(null, 3));
    Paginator<TestApi.Thing> p = Pagination.pageNumbers(http, first, "page", "per_page", 2, TestApi.Listing::things,
        TestApi.Listing::nextPage);
    assertEquals(List.of(1L, 2L, 3L), ids(p));
    assertEquals(List.of("sort=id&page=1&per_page=2", "sort=id&page=2&per_page=2"),
        server.received().stream().map(FaultServer.Received::query).toList());
  }

  @Test
  void pageNumbers_aNextPageOfOne_isALoop() {
    server.otherwise(page("\"next_page\":1", 1));
    Paginator<TestApi.Thing> p = Pagination.pageNumbers(http, first, "page", "per_page", 2, TestApi.Listing::things,
        TestApi.Listing::nextPage);
    ValetClientException e = assertThrows(ValetClientException.class, () -> ids(p));
    assertEquals(Kind.PROTOCOL, e.kind());
    assertEquals(1, server.received().size());
  }

  @Test
  void cursor_isSentFromTheSecondPageOn_andAnEmptyCursorEnds() {
    server.then(page("\"next\":\"c-2\"", 1), page("\"next\":\"\"", 2)).otherwise(page(null, 99));
    Paginator<TestApi.Thing> p = Pagination.cursor(http, first, "cursor", TestApi.Listing::things,
        TestApi.Listing::next);
    assertEquals(List.of(1L, 2L), ids(p));
    assertEquals(List.of("sort=id", "sort=id&cursor=c-2"),
        server.received().stream().map(FaultServer.Received::query).toList());
    server.reset();
    server.then(page(null, 5)).otherwise(page(null, 99));
    assertEquals(List.of(5L), ids(p), "no cursor at all ends too");
  }

  @Test
  void links_followTheAbsoluteLink_withTheFirstCallsHeaders() {
    ApiCall<TestApi.Listing> secretFirst = first.toBuilder().secret("team-1").build();
    server.then(page("\"next\":\"" + server.url() + "/things?sort=id&after=2\"", 1, 2),
        page("\"next\":\"\"", 3)).otherwise(page(null, 99));
    Paginator<TestApi.Thing> p = Pagination.links(http, secretFirst, TestApi.Listing::things, TestApi.Listing::next);
    assertEquals(List.of(1L, 2L, 3L), ids(p));
    List<FaultServer.Received> r = server.received();
    assertEquals("sort=id&after=2", r.get(1).query());
    assertEquals("team-1", r.get(1).headers().get("X-Scope"));
    assertEquals("Bearer " + TestApi.TOKEN, r.get(1).headers().get("Authorization"));
  }

  @Test
  void links_aLinkBackToTheFirstPage_isALoop() {
    server.otherwise(page("\"next\":\"" + server.url() + "/things?sort=id\"", 1));
    Paginator<TestApi.Thing> p = Pagination.links(http, first, TestApi.Listing::things, TestApi.Listing::next);
    ValetClientException e = assertThrows(ValetClientException.class, () -> ids(p));
    assertEquals(Kind.PROTOCOL, e.kind());
    assertEquals(1, server.received().size(), "caught before the first page is fetched again");
  }

  @Test
  void links_notAnHttpUrl_stopsWithAProtocolError() {
    server.then(page("\"next\":\"mailto:ops@example.com\"", 1)).otherwise(page(null, 99));
    Paginator<TestApi.Thing> p = Pagination.links(http, first, TestApi.Listing::things, TestApi.Listing::next);
    ValetClientException e = assertThrows(ValetClientException.class, () -> ids(p));
    assertEquals(Kind.PROTOCOL, e.kind());
    assertTrue(e.getMessage().contains("not an http(s) URL"), e.getMessage());
    assertEquals(1, server.received().size());
  }

  @Test
  void urlOf_spellsARelativeCallAsALinkWould() {
    assertEquals(server.url() + "/things?sort=id&q=a%20b",
        http.urlOf(first.query("q", "a b")));
    String link = server.url() + "/x?y=1";
    assertEquals(link, http.urlOf(ApiCall.link(link, ResponseCodec.text()).build()));
  }
}
