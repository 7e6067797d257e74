package com.wekruit.valet.hetzner;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.error.ValetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Weekly snapshots, keep 4, through the real client against FakeHetzner (spec-checked via the WireMock proxy). */
class SnapshotRotationTest extends ProxiedFakeHetzner {

  @Test
  void keepsTheNewestFour_deletingOnlyItsOwnSnapshots_afterTheNewOneIsAvailable() {
    long server = fake.addServer("api-1", "cpx22", Map.of());
    long manual = hetzner.servers().createImage(server, "before upgrade", ImageType.SNAPSHOT, Map.of("kind",
        "manual")).image().id();
    long otherRotation = hetzner.servers().createImage(server, "other", ImageType.SNAPSHOT, Map.of("managed-by",
        "valet", "valet-rotation", "monthly")).image().id();
    SnapshotRotation weekly = SnapshotRotation.builder(hetzner, server).clock(time).timeout(Duration.ofMinutes(5))
        .build();
    List<Long> created = new ArrayList<>();
    for (int week = 0; week < 6; week++) {
      SnapshotRotation.Result r = weekly.rotate(Guard.NONE);
      created.add(r.created().id());
      assertTrue(r.kept().size() <= 4);
      assertEquals(r.created().id(), r.kept().get(0).id(), "the new snapshot is the newest kept");
      time.advance(Duration.ofDays(7));
    }
    List<Long> left = hetzner.images().list(ImageQuery.snapshots()).stream().map(Image::id).toList();
    assertTrue(left.contains(manual), "a snapshot made by hand is never deleted");
    assertTrue(left.contains(otherRotation), "another rotation's snapshot is never deleted");
    for (long id : created.subList(2, 6)) assertTrue(left.contains(id), "kept " + id);
    for (long id : created.subList(0, 2)) assertFalse(left.contains(id), "deleted " + id);

    List<String> ops = fake.operations();
    int lastDelete = ops.lastIndexOf("DELETE /images/{id}");
    int lastConfirm = ops.lastIndexOf("GET /images/{id}");
    int lastCreate = ops.lastIndexOf("POST /servers/{id}/actions/create_image");
    assertTrue(lastCreate < lastConfirm && lastConfirm < lastDelete, "created, confirmed, then deleted: " + ops);
  }

  @Test
  void aGuardThatStopsTheJob_deletesNothing() {
    long server = fake.addServer("api-2", "cpx22", Map.of());
    SnapshotRotation r = SnapshotRotation.builder(hetzner, server).keep(1).clock(time).build();
    r.rotate(Guard.NONE);
    AtomicInteger asked = new AtomicInteger();
    Guard lostAfterCreate = () -> {
      if (asked.incrementAndGet() > 1) throw new ValetException("lock lost", null, 1, false);
    };
    assertThrows(ValetException.class, () -> r.rotate(lostAfterCreate));
    assertEquals(2, hetzner.images().list(ImageQuery.snapshots()).stream().count(), "the old one was not deleted");
  }
}
