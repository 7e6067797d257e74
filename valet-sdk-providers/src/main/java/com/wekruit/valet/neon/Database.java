package com.wekruit.valet.neon;

import com.wekruit.valet.json.Required;
import java.time.Instant;

/** A Postgres database on a branch. */
public record Database(
    @Required long id,
    @Required String branchId,
    @Required String name,
    @Required String ownerName,
    Instant createdAt,
    Instant updatedAt) {}
