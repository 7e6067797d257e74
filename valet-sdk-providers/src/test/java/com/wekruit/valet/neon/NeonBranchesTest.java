package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.neon.testing.NeonPayloads;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Branches: point-in-time creation awaited on its operations, restore rules, idempotent delete. */
class NeonBranchesTest extends WireMockNeon {
  static final String P = "/api/v2/projects/proj-1";
  static final String OP1 = "d8ac46eb-a757-42b1-9907-f78322ee394e";
  static final String OP2 = "a1b2c3d4-0000-4000-8000-000000000002";

  static String op(String id, String action, String status) {
    return NeonPayloads.operation(id, "proj-1", "br-pitr", null, action, status);
  }

  /** The project, read for its history window before a point-in-time branch or restore. */
  void stubProject() {
    wm.stubFor(get(P).willReturn(jsonResponse("{\"project\":" + NeonPayloads.project("proj-1", "app", 604_800) + "}",
        200)));
  }

  @Test
  void pointInTimeBranch_isSentAsSpecifiedAndAwaitedUntilItsOperationsFinish() {
    Instant at = Instant.parse("2026-11-25T12:00:00Z");
    stubProject();
    String ep = NeonPayloads.endpoint("ep-pitr", "proj-1", "br-pitr", "read_write", "init", 0.25, 2, 300);
    wm.stubFor(post(P + "/branches").willReturn(jsonResponse("{\"branch\":" + NeonPayloads.branch("br-pitr", "proj-1",
        "before-incident", "br-main", at.toString(), "init", false) + ",\"endpoints\":[" + ep + "],\"operations\":["
        + op(OP1, "create_branch", "running") + "," + op(OP2, "start_compute", "scheduling") + "],\"roles\":[],"
        + "\"databases\":[],\"connection_uris\":[" + NeonPayloads.connectionDetails(
        "postgresql://neondb_owner:npg_Secret123@ep-pitr.us-east-2.aws.neon.tech/neondb", "ep-pitr.us-east-2.aws.neon.tech",
        "npg_Secret123") + "]}", 201)));
    wm.stubFor(get(P + "/operations/" + OP1).inScenario("op1").willReturn(jsonResponse("{\"operation\":"
        + op(OP1, "create_branch", "running") + "}", 200)).willSetStateTo("done"));
    wm.stubFor(get(P + "/operations/" + OP1).inScenario("op1").whenScenarioStateIs("done")
        .willReturn(jsonResponse("{\"operation\":" + op(OP1, "create_branch", "finished") + "}", 200)));
    wm.stubFor(get(P + "/operations/" + OP2).willReturn(jsonResponse("{\"operation\":" + op(OP2, "start_compute",
        "finished") + "}", 200)));
    wm.stubFor(get(P + "/branches/br-pitr").willReturn(jsonResponse("{\"branch\":" + NeonPayloads.branch("br-pitr",
        "proj-1", "before-incident", "br-main", at.toString(), "ready", false) + ",\"annotation\":{\"object\":"
        + "{\"type\":\"console/branch\",\"id\":\"br-pitr\"},\"value\":{}}}", 200)));
    wm.stubFor(get(P + "/branches/br-pitr/endpoints").willReturn(jsonResponse("{\"endpoints\":["
        + ep.replace("\"init\"", "\"active\"") + "]}", 200)));

    Pending<CreatedBranch> pending = neon.branches("proj-1").create(CreateBranchRequest.builder().name("before-incident")
        .parent("br-main").atTimestamp(at)
        .endpoint(EndpointType.READ_WRITE, ComputeSettings.builder().autoscaling(0.25, 2).suspendTimeoutSeconds(300)
            .build()).build());
    assertEquals(List.of("create_branch", "start_compute"), pending.operations().stream().map(o -> o.action().raw())
        .toList());
    assertEquals("init", pending.value().branch().currentState());
    assertFalse(pending.value().toString().contains("npg_Secret123"), pending.value().toString());

    CreatedBranch ready = pending.await(Duration.ofMinutes(1));
    assertEquals("ready", ready.branch().currentState());
    assertEquals(at, ready.branch().parentTimestamp());
    assertTrue(ready.endpoints().get(0).currentState().is(EndpointState.ACTIVE));
    assertEquals(2, ready.endpoints().get(0).autoscalingLimitMaxCu());
    wm.verify(postRequestedFor(urlEqualTo(P + "/branches")).withRequestBody(equalToJson("""
        {"branch":{"parent_id":"br-main","name":"before-incident","parent_timestamp":"2026-11-25T12:00:00Z"},
         "endpoints":[{"type":"read_write","autoscaling_limit_min_cu":0.25,"autoscaling_limit_max_cu":2.0,
                       "suspend_timeout_seconds":300}]}""")));
    wm.verify(2, getRequestedFor(urlEqualTo(P + "/operations/" + OP1)));
    assertFalse(time.sleeps().isEmpty(), "polls waited between reads");
  }

  @Test
  void failedOperation_failsTheWaitWithItsError() {
    wm.stubFor(post(P + "/endpoints/ep-1/start").willReturn(jsonResponse("{\"endpoint\":" + NeonPayloads.endpoint(
        "ep-1", "proj-1", "br-main", "read_write", "idle", 0.25, 1, 0) + ",\"operations\":["
        + op(OP1, "start_compute", "running") + "]}", 200)));
    wm.stubFor(get(P + "/operations/" + OP1).willReturn(jsonResponse("{\"operation\":"
        + op(OP1, "start_compute", "failed").replace("\"failures_count\"", "\"error\":\"compute quota exceeded\","
        + "\"failures_count\"") + "}", 200)));
    OperationFailedException e = assertThrows(OperationFailedException.class,
        () -> neon.endpoints("proj-1").start("ep-1").await(Duration.ofMinutes(1)));
    assertTrue(e.getMessage().contains("compute quota exceeded"), e.getMessage());
    assertEquals("failed", e.code());
  }

  @Test
  void operationStillRunning_timesOutNamingIt() {
    wm.stubFor(post(P + "/endpoints/ep-1/suspend").willReturn(jsonResponse("{\"endpoint\":" + NeonPayloads.endpoint(
        "ep-1", "proj-1", "br-main", "read_write", "active", 0.25, 1, 0) + ",\"operations\":["
        + op(OP1, "suspend_compute", "running") + "]}", 200)));
    wm.stubFor(get(P + "/operations/" + OP1).willReturn(jsonResponse("{\"operation\":"
        + op(OP1, "suspend_compute", "running") + "}", 200)));
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> neon.endpoints("proj-1").suspend("ep-1").await(Duration.ofSeconds(20)));
    assertTrue(e.getMessage().contains("suspend_compute"), e.getMessage());
  }

  @Test
  void selfRestore_withoutPreserveName_isRefusedBeforeAnythingIsSent() {
    validateSpec = false;
    IllegalArgumentException noName = assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1")
        .restore("br-main", RestoreBranchRequest.from("br-main").atTimestamp(Instant.parse("2026-11-25T12:00:00Z"))
            .build()));
    assertTrue(noName.getMessage().contains("preserveUnderName"), noName.getMessage());
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").restore("br-main",
        RestoreBranchRequest.from("br-main").preserveUnderName("main_old").build()), "needs a point in time");
    assertThrows(IllegalArgumentException.class, () -> RestoreBranchRequest.from("br-main")
        .atTimestamp(Instant.EPOCH).atLsn("0/1").build());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
  }

  @Test
  void restoreOfABranchWithChildren_needsPreserveName_andIsCheckedFirst() {
    wm.stubFor(get(urlPathEqualTo(P + "/branches")).willReturn(jsonResponse("{\"branches\":["
        + NeonPayloads.branch("br-main", "proj-1", "main", null, null, "ready", true) + ","
        + NeonPayloads.branch("br-dev", "proj-1", "dev", "br-main", null, "ready", false) + "],\"annotations\":{}}", 200)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1")
        .restore("br-main", RestoreBranchRequest.from("br-staging").build()));
    assertTrue(e.getMessage().contains("child"), e.getMessage());
    wm.verify(0, postRequestedFor(urlMatching(".*/restore")));

    stubProject();
    wm.stubFor(post(P + "/branches/br-main/restore").willReturn(jsonResponse("{\"branch\":" + NeonPayloads.branch(
        "br-main", "proj-1", "main", null, null, "resetting", true) + ",\"operations\":[]}", 200)));
    wm.stubFor(get(P + "/branches/br-main").willReturn(jsonResponse("{\"branch\":" + NeonPayloads.branch("br-main",
        "proj-1", "main", null, null, "ready", true) + ",\"annotation\":{\"object\":{\"type\":\"console/branch\","
        + "\"id\":\"br-main\"},\"value\":{}}}", 200)));
    Branch restored = neon.branches("proj-1").restore("br-main", RestoreBranchRequest.from("br-main")
        .atTimestamp(Instant.parse("2026-11-25T12:00:00Z")).preserveUnderName("main_before_restore").build())
        .await(Duration.ofMinutes(1));
    assertEquals("ready", restored.currentState());
    wm.verify(postRequestedFor(urlEqualTo(P + "/branches/br-main/restore")).withRequestBody(equalToJson(
        "{\"source_branch_id\":\"br-main\",\"source_timestamp\":\"2026-11-25T12:00:00Z\","
            + "\"preserve_under_name\":\"main_before_restore\"}")));
  }

  @Test
  void deleteOfABranchAlreadyGone_isDoneWithoutAValue() {
    wm.stubFor(delete(P + "/branches/br-old").willReturn(aResponse().withStatus(204)));
    Pending<Branch> gone = neon.branches("proj-1").delete("br-old");
    assertNull(gone.value());
    assertTrue(gone.operations().isEmpty());
    assertNull(gone.await(Duration.ofSeconds(1)));
  }

  @Test
  void deleteAfterAnAmbiguousFirstAttempt_findsTheBranchGoneAndSucceeds() {
    validateSpec = false; // the 502 below is not in the spec
    wm.stubFor(delete(P + "/branches/br-old").inScenario("d").willReturn(aResponse().withStatus(502))
        .willSetStateTo("gone"));
    wm.stubFor(delete(P + "/branches/br-old").inScenario("d").whenScenarioStateIs("gone")
        .willReturn(jsonResponse(NeonPayloads.error("", "branch not found"), 404)));
    assertNull(neon.branches("proj-1").delete("br-old").value());
    wm.verify(2, deleteRequestedFor(urlEqualTo(P + "/branches/br-old")));
  }

  @Test
  void unknownOperationStatus_isKeptRawAndIsNotFinal() {
    wm.stubFor(get(P + "/operations/" + OP1).willReturn(jsonResponse("{\"operation\":"
        + op(OP1, "brand_new_action", "paused") + "}", 200)));
    validateSpec = false; // values newer than the spec
    NeonOperation o = neon.operations("proj-1").get(OP1);
    assertTrue(o.action().isUnknown());
    assertEquals("brand_new_action", o.action().raw());
    assertEquals("paused", o.status().raw());
    assertFalse(o.isFinal());
  }
}
