package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * A DNS record as the API returns it.
 *
 * @param content the address (A/AAAA) or target (CNAME); {@code null} for types that carry {@code data} instead
 * @param ttl seconds, {@code 1} meaning automatic
 * @param comment {@code null} when there is none
 */
public record DnsRecord(
    @Required String id,
    @Required String name,
    @Required OpenEnum<DnsRecordType> type,
    String content,
    boolean proxied,
    boolean proxiable,
    int ttl,
    String comment,
    List<String> tags,
    Instant createdOn,
    Instant modifiedOn) {}
