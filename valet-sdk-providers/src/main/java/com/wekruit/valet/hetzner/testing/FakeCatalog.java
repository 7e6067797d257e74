package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** The fake's fixed catalog: server types, locations and pricing (19 % VAT, EUR). */
final class FakeCatalog {
  record Type(long id, String name, String description, int cores, double memory, int disk, String architecture,
      String monthlyNet) {}

  record Place(long id, String name, String description, String country, String city, double latitude,
      double longitude, String networkZone) {
    String json() {
      return HetznerPayloads.location(id, name, description, country, city, latitude, longitude, networkZone);
    }
  }

  static final List<Type> TYPES = List.of(
      new Type(1, "cpx22", "CPX 22", 2, 4.0, 80, "x86", "7.4900"),
      new Type(2, "cpx32", "CPX 32", 4, 8.0, 160, "x86", "13.4900"),
      new Type(3, "cpx42", "CPX 42", 8, 16.0, 320, "x86", "24.4900"),
      new Type(4, "cx22", "CX 22", 2, 4.0, 40, "x86", "3.7900"),
      new Type(6, "cx32", "CX 32", 4, 8.0, 80, "x86", "6.8000"),
      new Type(7, "cx42", "CX 42", 8, 16.0, 160, "x86", "16.4000"),
      new Type(5, "cax11", "CAX 11", 2, 4.0, 40, "arm", "3.7900"));
  static final List<Place> PLACES = List.of(
      new Place(1, "fsn1", "Falkenstein DC Park 1", "DE", "Falkenstein", 50.47612, 12.370071, "eu-central"),
      new Place(2, "nbg1", "Nuremberg DC Park 1", "DE", "Nuremberg", 49.452102, 11.076665, "eu-central"),
      new Place(3, "hel1", "Helsinki DC Park 1", "FI", "Helsinki", 60.169855, 24.938379, "eu-central"));
  private static final BigDecimal VAT = new BigDecimal("1.19");
  private static final long TRAFFIC = 21990232555520L;

  private FakeCatalog() {}

  static Type type(String name) {
    return TYPES.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  static Place place(String name) {
    return PLACES.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  /** The JSON of a type; a name outside the catalog (seeded with {@code addServer}) gets id 99 and cpx22's specs. */
  static String typeJson(String name) {
    Type t = type(name);
    if (t == null) t = new Type(99, name, name.toUpperCase(java.util.Locale.ROOT), 2, 4.0, 80, "x86", "7.4900");
    String locations = PLACES.stream().map(p -> HetznerPayloads.serverTypeLocation(p.id(), p.name()))
        .collect(Collectors.joining(","));
    return HetznerPayloads.serverType(t.id(), t.name(), t.description(), t.cores(), t.memory(), t.disk(),
        t.architecture(), prices(t.monthlyNet()), locations);
  }

  static Reply serverTypes(FakeRequest req) {
    String name = req.first("name");
    List<Type> match = TYPES.stream().filter(t -> name == null || t.name().equals(name)).toList();
    return Reply.ok(FakeListing.page("server_types", match, req, t -> typeJson(t.name())));
  }

  static Reply serverType(FakeRequest req) {
    return TYPES.stream().filter(t -> t.id() == req.id()).findFirst()
        .map(t -> Reply.ok("{\"server_type\":" + typeJson(t.name()) + "}"))
        .orElse(Reply.notFound("server_type", req.id()));
  }

  static Reply locations(FakeRequest req) {
    String name = req.first("name");
    List<Place> match = PLACES.stream().filter(p -> name == null || p.name().equals(name)).toList();
    return Reply.ok(FakeListing.page("locations", match, req, Place::json));
  }

  static Reply pricing(FakeRequest req) {
    String types = TYPES.stream().map(t -> "{\"id\":%d,\"name\":\"%s\",\"prices\":[%s]}"
        .formatted(t.id(), t.name(), prices(t.monthlyNet()))).collect(Collectors.joining(","));
    return Reply.ok("""
        {"pricing":{"currency":"EUR","vat_rate":"19.00",
         "primary_ips":[{"type":"ipv4","prices":[%s]},{"type":"ipv6","prices":[%s]}],
         "floating_ips":[{"type":"ipv4","prices":[%s]},{"type":"ipv6","prices":[%s]}],
         "floating_ip":{"price_monthly":%s},
         "image":{"price_per_gb_month":%s},"volume":{"price_per_gb_month":%s},
         "server_backup":{"percentage":"20.00"},
         "server_types":[%s],
         "load_balancer_types":[{"id":1,"name":"lb11","prices":[%s]}]}}"""
        .formatted(ipPrices("0.5000", true), ipPrices("0.0000", true), ipPrices("3.0000", false),
            ipPrices("3.5000", false), money("3.0000"), money("0.0110"), money("0.0440"), types, prices("5.3900")));
  }

  /** Per-location prices of a server or load balancer type. */
  private static String prices(String monthlyNet) {
    return PLACES.stream().map(p -> """
        {"location":"%s","price_hourly":%s,"price_monthly":%s,"included_traffic":%d,"price_per_tb_traffic":%s}"""
        .formatted(p.name(), money(hourly(monthlyNet)), money(monthlyNet), TRAFFIC, money("1.0000")))
        .collect(Collectors.joining(","));
  }

  private static String ipPrices(String monthlyNet, boolean hourly) {
    return PLACES.stream().map(p -> "{\"location\":\"" + p.name() + "\","
        + (hourly ? "\"price_hourly\":" + money(hourly(monthlyNet)) + "," : "")
        + "\"price_monthly\":" + money(monthlyNet) + "}").collect(Collectors.joining(","));
  }

  private static String hourly(String monthlyNet) {
    return new BigDecimal(monthlyNet).divide(new BigDecimal(624), 4, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(String net) {
    BigDecimal gross = new BigDecimal(net).multiply(VAT).setScale(4, RoundingMode.HALF_UP);
    return "{\"net\":\"" + net + "\",\"gross\":\"" + gross.toPlainString() + "\"}";
  }
}
