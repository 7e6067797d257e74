package com.wekruit.valet.hetzner.testing;

import java.util.Map;

/** A server of the fake project. Mutable; guarded by the state's lock. */
final class FakeServer extends FakeResource {
  /** The backup window the fake assigns when backups are enabled. */
  static final String BACKUP_WINDOW = "22-02";
  private final String location;
  String status;
  String type;
  String backupWindow;

  FakeServer(long id, String name, String status, String type, String location, Map<String, String> labels) {
    super(id, name, labels);
    this.location = location;
    this.status = status;
    this.type = type;
  }

  @Override
  String json() {
    return HetznerPayloads.server(id(), name, status, FakeCatalog.typeJson(type), FakeCatalog.place(location).json(),
        labels, backupWindow, created());
  }
}
