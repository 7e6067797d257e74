package com.wekruit.valet.alert;

/** Receives every alert state change, on the evaluating thread; must be fast and must not throw. */
@FunctionalInterface
public interface AlertListener {
  void onAlert(AlertEvent event);
}
