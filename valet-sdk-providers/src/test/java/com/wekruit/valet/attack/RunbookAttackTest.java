package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.ImageType;
import com.wekruit.valet.hetzner.Price;
import com.wekruit.valet.hetzner.Pricing;
import com.wekruit.valet.hetzner.ServerType;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.runbook.AuditItem;
import com.wekruit.valet.runbook.AuditReport;
import com.wekruit.valet.runbook.AuditStatus;
import com.wekruit.valet.runbook.BackupSummary;
import com.wekruit.valet.runbook.CostReport;
import com.wekruit.valet.runbook.Finding;
import com.wekruit.valet.runbook.PriceTable;
import com.wekruit.valet.runbook.ReadinessAudit;
import com.wekruit.valet.runbook.RunbookAudit;
import com.wekruit.valet.runbook.RunbookEnvironment;
import com.wekruit.valet.runbook.ServicePrice;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The readiness audit, the cost report and the testkit split, as a careless deployment and a hostile API meet them. */
class RunbookAttackTest {
  private static final Instant NOW = Instant.parse("2026-11-27T05:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static AuditItem only(ReadinessAudit audit, String id) {
    return audit.run().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  // ---- readiness audit ----

  @Test
  void aVerifiedBackupFinishingInTheFuture_failsAsABadCatalogOrClock() {
    ReadinessAudit audit = RunbookAudit.builder().clock(CLOCK).backups(() -> List.of(
        new BackupSummary("pg/bogus.dump", NOW.plus(Duration.ofDays(3650)), true)), Duration.ofHours(26)).build();
    AuditItem backups = only(audit, "backups");
    assertEquals(AuditStatus.FAIL, backups.status(), backups.evidence());
    assertTrue(backups.evidence().contains("in the future"), backups.evidence());
  }

  @Test
  void aSnapshotCreatedInTheFuture_failsAsABadClock() throws Exception {
    try (FakeHetzner fake = FakeHetzner.start(0, 1)) {
      HetznerClient hetzner = fake.client();
      long id = fake.addServer("api-1", "cpx32", Map.of());
      hetzner.servers().createImage(id, "weekly", ImageType.SNAPSHOT, Map.of()).action().await(Duration.ofSeconds(10));
      Clock lastMonth = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
      AuditItem snapshots = only(RunbookAudit.builder().hetzner(hetzner, "api-1").clock(lastMonth).build(),
          "snapshots");
      assertEquals(AuditStatus.FAIL, snapshots.status(), snapshots.evidence());
      assertTrue(snapshots.evidence().contains("in the future"), snapshots.evidence());
    }
  }

  private static String coolifyApp(String repository, String commit) {
    return "[{\"uuid\":\"a1\",\"name\":\"api\",\"status\":\"running:healthy\",\"git_repository\":\"" + repository
        + "\",\"git_branch\":\"main\",\"git_commit_sha\":\"" + commit + "\"}]";
  }

  private static AuditItem coolifyItem(FaultServer coolify) {
    CoolifyClient client = CoolifyClient.builder().token("1|t").instanceUrl(coolify.url()).build();
    return only(RunbookAudit.builder().coolify(client, "api").build(), "coolify.deploy");
  }

  @Test
  void credentialsInAUrl_areRemovedFromTheEvidence() throws Exception {
    try (FaultServer coolify = new FaultServer()) {
      coolify.then(Reply.of(200, "text/plain", "OK"), Reply.of(200, "text/plain", "4.0.0"),
          Reply.json(200, coolifyApp("https://x-access-token:ghp_SECRET123@github.com/acme/api.git", "5d6e7f8")));
      AuditItem item = coolifyItem(coolify);
      assertEquals(AuditStatus.PASS, item.status(), item.evidence());
      assertFalse(item.evidence().contains("ghp_SECRET123"), item.evidence());
      assertTrue(item.evidence().contains("github.com/acme/api.git@main"), item.evidence());
    }
  }

  @Test
  void controlCharactersSentByAProvider_neverReachTheCiLog() throws Exception {
    try (FaultServer coolify = new FaultServer()) {
      coolify.then(Reply.of(200, "text/plain", "OK"), Reply.of(200, "text/plain", "4.0.0"),
          Reply.json(200, coolifyApp("acme/api", "5d6e7f8\\u001b]0;pwned\\u0007\\u001b[2K\\u009b")));
      AuditItem item = coolifyItem(coolify);
      String log = new AuditReport(List.of(item)).render();
      assertFalse(log.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), log);
      assertTrue(item.evidence().contains("5d6e7f8"), item.evidence());
    }
  }

  @Test
  void aProbeThatThrowsALinkageError_isUnknown_andTheOthersStillRun() {
    ReadinessAudit audit = ReadinessAudit.builder()
        .item("driver", "Driver present", () -> {
          throw new NoClassDefFoundError("org/postgresql/Driver");
        })
        .item("init", "Static init", () -> {
          throw new ExceptionInInitializerError("boom");
        })
        .item("after", "Still runs", () -> Finding.pass("ok")).build();
    AuditReport r = audit.run();
    assertEquals(List.of(AuditStatus.UNKNOWN, AuditStatus.UNKNOWN, AuditStatus.PASS),
        r.items().stream().map(AuditItem::status).toList());
    assertEquals(2, r.exitCode());
    assertTrue(r.items().get(0).evidence().contains("NoClassDefFoundError"), r.render());
  }

  @Test
  void nothingConfigured_isUnknownNeverPass_nullFindingsAndThrowingInventoriesToo() {
    AuditReport bare = RunbookAudit.builder().build().run();
    assertEquals(AuditStatus.UNKNOWN, bare.status(), bare.render());
    assertEquals(2, bare.exitCode());
    assertEquals(0, bare.count(AuditStatus.PASS));
    AuditReport r = RunbookAudit.builder().backups(() -> {
      throw new IOException("https://user:hunter2@catalog/");
    }, Duration.ofHours(1)).addTo(ReadinessAudit.builder().item("null", "Null finding", () -> null)).build().run();
    assertEquals(AuditStatus.UNKNOWN, r.items().get(0).status());
    AuditItem backups = r.items().stream().filter(i -> i.id().equals("backups")).findFirst().orElseThrow();
    assertEquals(AuditStatus.UNKNOWN, backups.status());
    assertFalse(r.render().contains("hunter2"), r.render());
    assertEquals(1, RunbookAudit.builder().backups(List::of, Duration.ofHours(1)).build().run().exitCode());
  }

  @Test
  void aCoolifyAnsweringGarbage_isUnknown_notPass() throws Exception {
    try (FaultServer coolify = new FaultServer()) {
      coolify.then(Reply.of(200, "text/plain", "OK"), Reply.of(200, "text/plain", "4.0.0"),
          Reply.json(200, "{\"not\":\"a list\"}"));
      AuditItem item = coolifyItem(coolify);
      assertEquals(AuditStatus.UNKNOWN, item.status(), item.evidence());
    }
  }

  // ---- cost report ----

  private static Pricing pricing(String currency, BigDecimal vat, Pricing.ServerBackup backup) {
    Price month = new Price(new BigDecimal("13.10"), new BigDecimal("15.59"));
    return new Pricing(currency, vat, null, null, backup, List.of(new Pricing.ServerTypePrices(1, "cpx32",
        List.of(new ServerType.LocationPrice("fsn1", null, month, 0, null)))), List.of());
  }

  private static RunbookEnvironment env(String name, Map<String, BigDecimal> services) {
    return new RunbookEnvironment(name, "cpx32", "fsn1", true, services, Optional.empty());
  }

  @Test
  void hetznerPricingWithoutVatBackupsOrCurrency_givesAnIncompleteReport_neverAnException() {
    List<RunbookEnvironment> envs = List.of(env("prod", Map.of("neon.launch", BigDecimal.ZERO)));
    CostReport noVat = CostReport.price(pricing("EUR", null, new Pricing.ServerBackup(BigDecimal.TEN)),
        PriceTable.declared(), envs);
    assertEquals(0, new BigDecimal("14.41").compareTo(noVat.totals().get(0).byCurrency().get("EUR")), noVat.render());
    CostReport noBackup = CostReport.price(pricing("EUR", new BigDecimal("19"), null), PriceTable.declared(), envs);
    assertFalse(noBackup.totals().get(0).complete(), noBackup.render());
    assertTrue(noBackup.render().contains("n/a"), noBackup.render());
    CostReport noCurrency = CostReport.price(pricing(null, new BigDecimal("19"), new Pricing.ServerBackup(
        new BigDecimal("20"))), PriceTable.declared(), envs);
    assertEquals(Set.of("USD"), noCurrency.totals().get(0).byCurrency().keySet(), noCurrency.render());
    assertFalse(noCurrency.totals().get(0).complete(), noCurrency.render());
  }

  @Test
  void currencyCodesAreUpperCased_soOneCurrencyHasOneTotal() {
    PriceTable table = PriceTable.declared().with("sentry.team",
        ServicePrice.flat("Sentry", "Team", "26", "usd", "declared"));
    CostReport r = CostReport.price(pricing("EUR", new BigDecimal("19"), new Pricing.ServerBackup(BigDecimal.TEN)),
        table, List.of(env("prod", Map.of("neon.launch", BigDecimal.ZERO, "sentry.team", BigDecimal.ZERO))));
    Map<String, String> totals = new TreeMap<>();
    r.totals().get(0).byCurrency().forEach((c, v) -> totals.put(c, v.stripTrailingZeros().toPlainString()));
    assertEquals(Map.of("EUR", "14.41", "USD", "45"), totals, r.render());
  }

  @Test
  void twoEnvironmentsWithOneName_eachShowOnlyTheirOwnLines() {
    CostReport r = CostReport.price(pricing("EUR", new BigDecimal("19"), new Pricing.ServerBackup(BigDecimal.TEN)),
        PriceTable.declared(), List.of(env("production", Map.of("neon.launch", BigDecimal.ZERO)),
            env("production", Map.of("neon.scale", BigDecimal.ZERO))));
    String out = r.render();
    String first = out.substring(0, out.indexOf("production", 1));
    assertTrue(first.contains("Launch") && !first.contains("Scale"), out);
  }

  @Test
  void anUnknownPriceKeyIsShownAndMarksTheTotalIncomplete_andNegativePricesAreRefused() {
    CostReport r = CostReport.price(pricing("EUR", new BigDecimal("19"), new Pricing.ServerBackup(BigDecimal.TEN)),
        PriceTable.declared(), List.of(env("prod", Map.of("nope.plan", BigDecimal.ONE))));
    assertFalse(r.totals().get(0).complete());
    assertTrue(r.render().contains("nope.plan") && r.render().contains("no price for this key"), r.render());
    assertThrows(IllegalArgumentException.class, () -> ServicePrice.flat("X", "p", "-1", "USD", "s"));
  }

  // ---- testkit split ----

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
  @interface Ref {
    Class<?> value();
  }

  /** A type test of a simulator, in a class whose string constant spells the same internal name. */
  static final class SharesTheName {
    String label = "com/wekruit/valet/hetzner/testing/FakeHetzner";

    boolean isFake(Object o) {
      return o instanceof FakeHetzner;
    }
  }

  /** Loads a simulator by its binary name at run time. */
  static final class LoadsByName {
    Object load() throws ReflectiveOperationException {
      return Class.forName("com.wekruit.valet.hetzner.testing.FakeHetzner");
    }
  }

  static final class InALambda {
    java.util.function.Supplier<String> s = () -> FakeHetzner.class.getName();
  }

  @Ref(FakeHetzner.class)
  static final class InAnAnnotation {}

  static final class InASignature {
    List<? extends Map<String, FakeHetzner>> fakes;
  }

  static final class CastsIt {
    void close(Object o) throws Exception {
      ((FakeHetzner) o).close();
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> references(Class<?> c) throws Exception {
    Class<?> scan = Class.forName("com.wekruit.valet.packaging.ClassReferences");
    Method of = scan.getDeclaredMethod("of", InputStream.class);
    of.setAccessible(true);
    try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getPackageName().length() + 1) + ".class")) {
      return (Set<String>) of.invoke(null, in);
    }
  }

  private static final String FAKE = "com/wekruit/valet/hetzner/testing/FakeHetzner";

  @Test
  void lambdasAnnotationsGenericSignaturesAndCasts_areSeenAsReferences() throws Exception {
    for (Class<?> c : List.of(InALambda.class, InAnAnnotation.class, InASignature.class, CastsIt.class)) {
      assertTrue(references(c).contains(FAKE), c.getSimpleName() + " " + references(c));
    }
  }

  @Test
  void aClassEntrySharingItsTextWithAStringConstant_isStillAReference() throws Exception {
    assertTrue(references(SharesTheName.class).contains(FAKE), references(SharesTheName.class).toString());
  }

  @Test
  void aClassForNameOfASimulatorsBinaryName_isAReference() throws Exception {
    assertTrue(references(LoadsByName.class).contains(FAKE), references(LoadsByName.class).toString());
  }

  @Test
  void noCompiledMainClassRefersToASimulator() throws Exception {
    Path classes = Path.of(FakeHetzner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> offenders = new TreeMap<>();
    Class<?> scan = Class.forName("com.wekruit.valet.packaging.ClassReferences");
    Method of = scan.getDeclaredMethod("of", InputStream.class);
    of.setAccessible(true);
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String entry = classes.relativize(f).toString().replace('\\', '/');
        if (entry.contains("/testing/") || entry.startsWith("com/wekruit/valet/testkit/")) continue;
        try (InputStream in = Files.newInputStream(f)) {
          @SuppressWarnings("unchecked")
          Set<String> refs = (Set<String>) of.invoke(null, in);
          List<String> bad = refs.stream().filter(r -> r.contains("/testing/")
              || r.startsWith("com/wekruit/valet/testkit/")).toList();
          if (!bad.isEmpty()) offenders.put(entry, Set.copyOf(bad));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    assertEquals(Map.of(), offenders);
  }
}
