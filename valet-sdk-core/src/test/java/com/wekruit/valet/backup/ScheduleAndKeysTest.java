package com.wekruit.valet.backup;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UTC calendar slots, key layout and version parsing: the pure rules under the backup jobs. */
class ScheduleAndKeysTest {
  static Instant t(String s) {
    return Instant.parse(s);
  }

  @Test
  void dailyAt0300Utc() {
    Schedule daily = Schedule.dailyAt(LocalTime.of(3, 0));
    assertEquals(t("2026-11-27T03:00:00Z"), daily.previous(t("2026-11-27T03:00:00Z")));
    assertEquals(t("2026-11-26T03:00:00Z"), daily.previous(t("2026-11-27T02:59:59Z")));
    assertEquals(t("2026-11-28T03:00:00Z"), daily.next(t("2026-11-27T03:00:00Z")));
    assertEquals(t("2026-11-27T03:00:00Z"), daily.next(t("2026-11-26T23:00:00Z")));
  }

  @Test
  void monthlyOnTheLastDayOfShortMonths() {
    Schedule monthly = Schedule.monthlyAt(31, LocalTime.of(4, 30));
    assertEquals(t("2026-11-30T04:30:00Z"), monthly.next(t("2026-11-02T00:00:00Z")));
    assertEquals(t("2026-10-31T04:30:00Z"), monthly.previous(t("2026-11-30T04:29:59Z")));
    assertEquals(t("2027-02-28T04:30:00Z"), monthly.next(t("2027-01-31T05:00:00Z")));
    assertThrows(IllegalArgumentException.class, () -> Schedule.monthlyAt(0, LocalTime.NOON));
  }

  @Test
  void keysSortByUtcTime_andOnlyThisLayoutsNamesBelongToABackup() {
    BackupKeys keys = BackupKeys.of("/pg/", "shop db");
    String a = keys.dumpKey(t("2026-11-27T03:00:00Z"), "b1");
    String b = keys.dumpKey(t("2026-11-27T03:00:01Z"), "a0");
    String c = keys.dumpKey(t("2026-12-01T00:00:00Z"), "00");
    assertEquals("pg/shop~20db/2026/11/27/20261127T030000Z-b1.dump", a);
    List<String> sorted = new ArrayList<>(List.of(c, b, a));
    sorted.sort(null);
    assertEquals(List.of(a, b, c), sorted);
    assertEquals("pg/shop~20db/2026/11/27/20261127T030000Z-b1.manifest.json", BackupKeys.manifestKey(a));
    assertEquals(a, keys.dumpKeyOf(BackupKeys.verifiedKey(a)).orElseThrow());
    assertTrue(keys.dumpKeyOf("pg/shop~20db/runs/x/20261127T030000Z-1.json").isEmpty());
    assertTrue(keys.dumpKeyOf("pg/other/2026/11/27/20261127T030000Z-b1.dump").isEmpty());
  }

  @Test
  void versions() {
    assertEquals(15, PgTools.parse("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)").orElseThrow().major());
    assertEquals(18, PgTools.parse("pg_dump (PostgreSQL) 18beta1").orElseThrow().major());
    assertTrue(PgTools.parse("bash: pg_dump: command not found").isEmpty());
    assertEquals("17.11", PgTools.PgVersion.ofServerNum(170011, "").shortText());
    assertEquals("9.6", PgTools.PgVersion.ofServerNum(90624, "").shortText());
  }
}
