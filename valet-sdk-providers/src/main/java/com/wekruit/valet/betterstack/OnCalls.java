package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.Required;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Who is on call now ({@code /api/v2/on-calls/{id|default}}), with the people's names from {@code included}. */
public final class OnCalls {
  private final HttpTransport http;

  OnCalls(HttpTransport http) {
    this.http = http;
  }

  /** Who is on call now in the team's default calendar. */
  public OnCall current() {
    return current("default");
  }

  /** Who is on call now in one calendar. */
  public OnCall current(String calendarId) {
    Envelope e = http.execute(ApiCall.<Envelope>get(Paths.of("api", "v2", "on-calls",
        Objects.requireNonNull(calendarId, "calendarId")), Envelope.class));
    Map<String, UserAttributes> people = new HashMap<>();
    for (Included i : e.included()) if ("user".equals(i.type()) && i.attributes() != null) people.put(i.id(), i.attributes());
    List<OnCall.OnCallUser> users = new ArrayList<>();
    Relationships r = e.data().relationships();
    if (r != null && r.onCallUsers() != null) {
      for (UserRef u : r.onCallUsers().data()) {
        UserAttributes a = people.get(u.id());
        String email = a != null && a.email() != null ? a.email() : u.meta() == null ? null : u.meta().email();
        users.add(a == null ? new OnCall.OnCallUser(u.id(), email, null, null, List.of())
            : new OnCall.OnCallUser(u.id(), email, a.firstName(), a.lastName(), a.phoneNumbers()));
      }
    }
    CalendarAttributes c = e.data().attributes();
    return new OnCall(e.data().id(), c == null ? null : c.name(), c != null && c.defaultCalendar(),
        c == null ? null : c.teamName(), users);
  }

  record Envelope(@Required Calendar data, List<Included> included) {}

  record Calendar(@Required String id, String type, CalendarAttributes attributes, Relationships relationships) {}

  record CalendarAttributes(String name, boolean defaultCalendar, String teamName) {}

  record Relationships(UserLinks onCallUsers) {}

  record UserLinks(List<UserRef> data) {}

  record UserRef(@Required String id, String type, Meta meta) {}

  record Meta(String email) {}

  record Included(String id, String type, UserAttributes attributes) {}

  record UserAttributes(String firstName, String lastName, String email, List<String> phoneNumbers) {}
}
