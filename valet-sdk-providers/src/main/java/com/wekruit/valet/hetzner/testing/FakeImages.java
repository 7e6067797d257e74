package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.util.List;
import java.util.Map;

/**
 * {@code /images}: system images (ubuntu-24.04, ubuntu-22.04, debian-12) and the snapshots and backups made with
 * {@code create_image}. Only snapshots and backups can be updated or deleted. Called under the state's lock.
 */
final class FakeImages {
  private final FakeHetznerState state;

  FakeImages(FakeHetznerState state) {
    this.state = state;
  }

  /**
   * Filters: {@code type}, {@code status}, {@code bound_to} (repeatable), {@code name}, {@code label_selector},
   * {@code architecture} (all x86); {@code include_deprecated} changes nothing (none is); {@code sort}; paging.
   */
  Reply list(FakeRequest req) {
    List<String> types = req.all("type");
    List<String> status = req.all("status");
    List<String> boundTo = req.all("bound_to");
    String name = req.first("name");
    String arch = req.first("architecture");
    List<FakeImage> match = state.images.values().stream()
        .filter(i -> types.isEmpty() || types.contains(i.type))
        .filter(i -> status.isEmpty() || status.contains(i.status))
        .filter(i -> boundTo.isEmpty() || boundTo.contains(String.valueOf(i.boundTo)))
        .filter(i -> name == null || name.equals(i.name()))
        .filter(i -> arch == null || arch.equals("x86"))
        .filter(i -> FakeListing.matches(i.labels(), req.first("label_selector")))
        .toList();
    return Reply.ok(FakeListing.page("images", FakeListing.sorted(match, req.all("sort")), req, FakeImage::json));
  }

  Reply get(FakeRequest req) {
    FakeImage i = state.images.get(req.id());
    return i == null ? Reply.notFound("image", req.id()) : Reply.ok("{\"image\":" + i.json() + "}");
  }

  /** New description and/or labels; {@code "type":"snapshot"} turns a backup into a snapshot. */
  Reply update(FakeRequest req) {
    FakeImage i = state.images.get(req.id());
    if (i == null) return Reply.notFound("image", req.id());
    if (i.type.equals("system")) return Reply.error(403, "forbidden", "system images cannot be changed");
    String type = req.string("type");
    if (type != null && !type.equals("snapshot")) return Reply.invalid("type can only become snapshot");
    Map<String, String> labels = req.labels();
    if (req.string("description") != null) i.description = req.string("description");
    if (labels != null) i.labels = Map.copyOf(labels);
    if (type != null) {
      i.type = type;
      i.boundTo = null;
    }
    return Reply.ok("{\"image\":" + i.json() + "}");
  }

  /** 204; a second delete is 404. */
  Reply delete(FakeRequest req) {
    FakeImage i = state.images.get(req.id());
    if (i == null) return Reply.notFound("image", req.id());
    if (i.type.equals("system")) return Reply.error(403, "forbidden", "system images cannot be deleted");
    state.images.remove(i.id());
    return new Reply(204, null);
  }
}
