package com.wekruit.valet.alert;

import java.util.List;

/** The rules of one channel sharing the group-by label values, and the group's flush timer. Not thread-safe. */
final class NotificationGroup {
  final String key;
  final String channel;
  final RuleRuntime[] members;
  boolean scheduled;
  long nextFlush;

  NotificationGroup(String key, String channel, List<RuleRuntime> members) {
    this.key = key;
    this.channel = channel;
    this.members = members.toArray(new RuleRuntime[0]);
  }

  /** An unmuted member fires, or a member resolved and that is not yet said. */
  boolean wantsFlush() {
    for (RuleRuntime rt : members) {
      if ((rt.state.active() && !rt.muted) || rt.resolvedUnsent) return true;
    }
    return false;
  }
}
