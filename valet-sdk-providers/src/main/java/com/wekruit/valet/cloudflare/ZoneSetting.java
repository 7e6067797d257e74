package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * One zone setting as the API returns it.
 *
 * @param value the typed value ({@code OpenEnum<SslMode>}, {@code Boolean}, …), or for {@link ZoneSettings#get}
 *     the plain JSON value (string, number, list or map)
 * @param editable whether the zone's plan allows changing it
 * @param modifiedOn {@code null} when never changed
 */
public record ZoneSetting<V>(@Required String id, @Required V value, Boolean editable, Instant modifiedOn) {}
