package com.wekruit.valet.betterstack;

import java.util.List;

/**
 * Who is on call now in one calendar.
 *
 * @param calendarId the on-call calendar id
 * @param calendarName {@code null} for the default calendar without a name
 * @param defaultCalendar whether this is the team's default calendar
 * @param users the people on call now (may be empty)
 */
public record OnCall(String calendarId, String calendarName, boolean defaultCalendar, String teamName,
    List<OnCallUser> users) {

  public OnCall {
    users = List.copyOf(users);
  }

  /** A person on call; names and phone numbers are {@code null}/empty when the API did not include the user. */
  public record OnCallUser(String id, String email, String firstName, String lastName, List<String> phoneNumbers) {
    public OnCallUser {
      phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
    }
  }
}
