package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Types;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /zones/{zone_id}/dns_records} of one zone: list with filters, get, create, patch, overwrite, delete, and an
 * idempotent {@link #upsert}. Thread-safe.
 */
public final class DnsRecords {
  static final Type ONE = Types.newParameterizedType(Envelope.class, DnsRecord.class);
  static final Type PAGE = Types.newParameterizedType(Envelope.class,
      Types.newParameterizedType(List.class, DnsRecord.class));
  private static final Type ZONE = Types.newParameterizedType(Envelope.class, Zone.class);
  private static final Type ID = Types.newParameterizedType(Envelope.class, IdOnly.class);
  private final HttpTransport http;
  private final String zoneId;

  DnsRecords(HttpTransport http, String zoneId) {
    this.http = http;
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
  }

  record IdOnly(String id) {}

  public Paginator<DnsRecord> list() {
    return list(DnsRecordQuery.all());
  }

  /** A lazy list; each page holds {@link DnsRecordQuery#perPage()} records. */
  public Paginator<DnsRecord> list(DnsRecordQuery q) {
    ApiCall<Envelope<List<DnsRecord>>> call = ApiCall.<Envelope<List<DnsRecord>>>get(path(), PAGE)
        .query("type", q.type() == null ? null : OpenEnum.of(q.type()).raw())
        .query("name", q.nameExact())
        .query("content", q.contentExact())
        .query("proxied", q.proxied())
        .query("tag", q.tag());
    return CloudflarePages.paginate(http, call, q.perPage());
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such record */
  public DnsRecord get(String id) {
    return http.execute(ApiCall.<Envelope<DnsRecord>>get(path(id), ONE)).result();
  }

  /**
   * Creates a record. Never repeated unless the API proves it was refused (429).
   *
   * @throws DuplicateRecordException when such a record exists (81057 / 81058)
   */
  public DnsRecord create(DnsRecordRequest request) {
    try {
      return http.execute(ApiCall.<Envelope<DnsRecord>>post(path(), request.body(), ONE)).result();
    } catch (ValetApiException e) {
      if (DuplicateRecordException.matches(e)) throw new DuplicateRecordException(e);
      throw e;
    }
  }

  /** Changes the fields the patch sets; others keep their values. */
  public DnsRecord patch(String id, DnsRecordPatch patch) {
    return http.execute(ApiCall.<Envelope<DnsRecord>>patch(path(id), patch.body(), ONE)).result();
  }

  /** Replaces the record: fields the request leaves out return to their defaults. Idempotent. */
  public DnsRecord overwrite(String id, DnsRecordRequest request) {
    return http.execute(ApiCall.<Envelope<DnsRecord>>put(path(id), request.body(), ONE)).result();
  }

  /** Deletes a record; a retry that finds it gone (the first attempt took effect unseen) is success. */
  public void delete(String id) {
    http.execute(ApiCall.<Envelope<IdOnly>>delete(path(id), ID).toBuilder()
        .goneIsSuccess(new Envelope<>(true, List.of(), List.of(), new IdOnly(id), null)).build());
  }

  /**
   * Makes {@code request.name()} of {@code request.type()} point at {@code request.content()} with the request's TTL,
   * proxying, comment and tags (those left {@code null} are not compared): creates the record, patches the one
   * record that differs, or sends nothing when it already matches. Only records whose type and name (case and a
   * trailing dot aside) are the request's are considered, whatever the list returned, and a record listed twice
   * (pages shifting under a concurrent write) counts once. A record created concurrently between the listing and
   * the create (81057 / 81058) is read again and handled. After a create the name is listed again: when another
   * writer created one too (A and AAAA records of a name may coexist), the older record is kept and the younger one
   * is deleted by the writer that made it, which then brings the kept one to its request; so calling this twice, or
   * from two processes at once, leaves one record.
   *
   * @throws AmbiguousRecordsException when several records of that name and type exist
   */
  public UpsertResult upsert(DnsRecordRequest request) {
    String name = fullName(request.name());
    for (int round = 0; ; round++) {
      List<DnsRecord> found = existing(request.type(), name);
      if (found.size() > 1) throw new AmbiguousRecordsException(request.name(), request.type(), found);
      if (found.size() == 1) {
        DnsRecord current = found.get(0);
        if (Upserts.matches(current, request)) return new UpsertResult(UpsertResult.Outcome.UNCHANGED, current);
        return new UpsertResult(UpsertResult.Outcome.UPDATED, patch(current.id(), Upserts.patchFor(current, request)));
      }
      DnsRecord created;
      try {
        created = create(request);
      } catch (DuplicateRecordException raced) {
        if (round > 0) throw raced;
        continue;
      }
      List<DnsRecord> now = existing(request.type(), name);
      DnsRecord keep = now.stream().min(Upserts.OLDEST_FIRST).orElse(created);
      if (keep.id().equals(created.id()) || now.stream().noneMatch(r -> r.id().equals(created.id()))) {
        return new UpsertResult(UpsertResult.Outcome.CREATED, created);
      }
      delete(created.id()); // a concurrent writer's record is older: ours goes, theirs is brought to our request
      if (Upserts.matches(keep, request)) return new UpsertResult(UpsertResult.Outcome.UNCHANGED, keep);
      return new UpsertResult(UpsertResult.Outcome.UPDATED, patch(keep.id(), Upserts.patchFor(keep, request)));
    }
  }

  /** The records of this type and name, each once, whatever else the server returned. */
  private List<DnsRecord> existing(DnsRecordType type, String name) {
    Map<String, DnsRecord> byId = new LinkedHashMap<>();
    for (DnsRecord r : list(DnsRecordQuery.all().type(type).name(name))) {
      if (r != null && r.type().value() == type && Upserts.sameName(r.name(), name)) byId.putIfAbsent(r.id(), r);
    }
    return List.copyOf(byId.values());
  }

  /** {@code @} is the zone's apex: its name is read from the zone (the list's name filter takes full names). */
  private String fullName(String name) {
    if (!name.equals("@")) return name;
    return http.execute(ApiCall.<Envelope<Zone>>get(Paths.of("zones", zoneId), ZONE)).result().name();
  }

  private String path(String... more) {
    return more.length == 0 ? Paths.of("zones", zoneId, "dns_records") : Paths.of("zones", zoneId, "dns_records",
        more[0]);
  }

  @Override
  public String toString() {
    return "DnsRecords[zone " + zoneId + "]";
  }
}
