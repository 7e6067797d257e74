package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.alert.Notification;
import com.wekruit.valet.spi.Credentials;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs each notification to a Slack-compatible incoming webhook ({@code {"text": ...}} in mrkdwn; Mattermost,
 * Rocket.Chat and Discord's {@code /slack} endpoint accept it too). The URL is a secret and never printed.
 * Thread-safe.
 */
public final class SlackWebhookSink extends WebhookSink {
  private SlackWebhookSink(String name, WebhookClient client) {
    super(name, client);
  }

  /** A sink named {@code slack} with a 10 s timeout. */
  public static SlackWebhookSink of(String webhookUrl) {
    return of("slack", webhookUrl, Duration.ofSeconds(10));
  }

  public static SlackWebhookSink of(String name, String webhookUrl, Duration timeout) {
    return new SlackWebhookSink(name, new WebhookClient(webhookUrl, Credentials.NONE, timeout));
  }

  @Override
  Map<String, Object> body(Notification notification) {
    return Payloads.slack(notification);
  }
}
