package com.wekruit.valet.json;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  enum Status { RUNNING, @Json(name = "off") STOPPED, UNKNOWN }

  enum Closed { A, B }

  @JsonQualifier
  @Retention(RetentionPolicy.RUNTIME)
  @interface Special {}

  private final Moshi moshi = ValetJson.moshi().newBuilder().build();
  private final JsonAdapter<OpenEnum<Status>> statuses =
      moshi.adapter(Types.newParameterizedType(OpenEnum.class, Status.class));

  @Test
  void knownWireNames_decodeToTheirConstants() throws IOException {
    OpenEnum<Status> running = statuses.fromJson("\"running\"");
    assertEquals(OpenEnum.of(Status.RUNNING), running);
    assertTrue(running.is(Status.RUNNING));
    assertFalse(running.is(Status.STOPPED));
    assertFalse(running.isUnknown());
    OpenEnum<Status> stopped = statuses.fromJson("\"off\"");
    assertEquals(new OpenEnum<>(Status.STOPPED, "off"), stopped);
    assertEquals(Status.UNKNOWN, statuses.fromJson("\"stopped\"").value(), "the constant's name is not its wire name");
    assertNull(statuses.fromJson("null"));
  }

  @Test
  void unknownValues_keepTheirRawString_andEncodeItBack() throws IOException {
    OpenEnum<Status> later = statuses.fromJson("\"migrating\"");
    assertEquals(Status.UNKNOWN, later.value());
    assertTrue(later.isUnknown());
    assertTrue(later.is(Status.UNKNOWN));
    assertEquals("migrating", later.raw());
    assertEquals("migrating", later.toString());
    assertEquals("\"migrating\"", statuses.toJson(later));
    assertEquals("\"off\"", statuses.toJson(OpenEnum.of(Status.STOPPED)));
  }

  @Test
  void of_usesTheWireName_andNullsAreRefused() {
    assertEquals("off", OpenEnum.of(Status.STOPPED).raw());
    assertEquals("running", OpenEnum.of(Status.RUNNING).toString());
    assertThrows(NullPointerException.class, () -> new OpenEnum<>(null, "x"));
    assertThrows(NullPointerException.class, () -> new OpenEnum<>(Status.RUNNING, null));
  }

  @Test
  void anEnumWithoutUnknown_orARawOpenEnum_cannotBeAdapted() {
    IllegalArgumentException closed = assertThrows(IllegalArgumentException.class,
        () -> moshi.adapter(Types.newParameterizedType(OpenEnum.class, Closed.class)));
    assertTrue(closed.getMessage().contains("must declare UNKNOWN"), closed.getMessage());
    IllegalArgumentException raw = assertThrows(IllegalArgumentException.class, () -> moshi.adapter(OpenEnum.class));
    assertTrue(raw.getMessage().contains("OpenEnum needs a type argument"), raw.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> moshi.adapter(Types.newParameterizedType(OpenEnum.class, Status.class), Special.class));
  }

  @Test
  void wireNames_areSnakeCaseOrLowerCase() {
    assertEquals("root_password", WireNames.snakeCase("rootPassword"));
    assertEquals("ip_v6_address", WireNames.snakeCase("ipV6Address"));
    assertEquals("name", WireNames.snakeCase("Name"));
    assertEquals("a", WireNames.snakeCase("a"));
    assertEquals("", WireNames.snakeCase(""));
    assertEquals("u_r_l", WireNames.snakeCase("URL"));
    assertEquals("running", WireNames.of(Status.RUNNING));
    assertEquals("off", WireNames.of(Status.STOPPED));
  }
}
