package com.wekruit.valet.alert;

/**
 * What happened to one notification at one sink: {@code DELIVERED} (after {@code attempts}), or
 * {@code DEAD_LETTERED} after the last attempt failed ({@code error} names the failure type, never its message).
 */
public record DeliveryEvent(String sink, Notification notification, Outcome outcome, int attempts, String error) {
  /** The end of one delivery. */
  public enum Outcome { DELIVERED, DEAD_LETTERED }
}
