package com.wekruit.valet.cloudflare;

import com.wekruit.valet.error.ValetException;
import java.util.List;

/**
 * {@link DnsRecords#upsert} found several records of the name and type (round-robin) and will not guess which one to
 * change. Nothing was sent after the listing.
 */
public class AmbiguousRecordsException extends ValetException {
  private static final long serialVersionUID = 1L;
  private final transient List<DnsRecord> records;

  AmbiguousRecordsException(String name, DnsRecordType type, List<DnsRecord> records) {
    super(records.size() + " " + type + " records named " + name + " exist (ids " + records.stream()
        .map(DnsRecord::id).toList() + "); upsert changes exactly one, so it changed none", null, 1, false);
    this.records = List.copyOf(records);
  }

  public List<DnsRecord> records() {
    return records;
  }
}
