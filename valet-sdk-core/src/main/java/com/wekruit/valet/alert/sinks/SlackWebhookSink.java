package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.alert.AlertSink;
import com.wekruit.valet.alert.Notification;
import com.wekruit.valet.spi.Credentials;
import java.time.Duration;

/**
 * POSTs each notification to a Slack-compatible incoming webhook ({@code {"text": ...}} in mrkdwn; Mattermost,
 * Rocket.Chat and Discord's {@code /slack} endpoint accept it too). The URL is a secret and never printed.
 * Thread-safe.
 */
public final class SlackWebhookSink implements AlertSink {
  private final String name;
  private final WebhookClient client;

  private SlackWebhookSink(String name, WebhookClient client) {
    this.name = name;
    this.client = client;
  }

  /** A sink named {@code slack} with a 10 s timeout. */
  public static SlackWebhookSink of(String webhookUrl) {
    return of("slack", webhookUrl, Duration.ofSeconds(10));
  }

  public static SlackWebhookSink of(String name, String webhookUrl, Duration timeout) {
    return new SlackWebhookSink(name, new WebhookClient(webhookUrl, Credentials.NONE, timeout));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(Notification notification) {
    client.post(Payloads.slack(notification));
  }

  @Override
  public String toString() {
    return "SlackWebhookSink[" + name + "]";
  }
}
