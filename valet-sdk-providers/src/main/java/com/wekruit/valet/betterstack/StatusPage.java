package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * A status page (read-only in this SDK). The page password is write-only on the API and never modeled here.
 *
 * @param id the status page id (a string on the wire)
 */
public record StatusPage(@Required String id, String type, @Required Attributes attributes) {

  public OpenEnum<AggregateState> aggregateState() {
    return attributes.aggregateState();
  }

  /**
   * The attributes, nullable wherever the API may omit or null them.
   *
   * @param history days of history shown
   * @param minIncidentLength seconds
   */
  public record Attributes(
      String companyName,
      String companyUrl,
      String contactUrl,
      String logoRemoteUrl,
      String darkLogoRemoteUrl,
      String subdomain,
      String customDomain,
      String timezone,
      Integer history,
      Integer minIncidentLength,
      Boolean subscribable,
      Boolean published,
      Boolean hideFromSearchEngines,
      Boolean whitelabeled,
      String customCss,
      String customJavascript,
      String googleAnalyticsId,
      String announcement,
      Boolean announcementEmbedVisible,
      String announcementEmbedLink,
      String announcementEmbedCss,
      Boolean passwordEnabled,
      Boolean requireSso,
      OpenEnum<AggregateState> aggregateState,
      String design,
      String theme,
      String layout,
      Boolean automaticReports,
      Long statusPageGroupId,
      List<NavigationLink> navigationLinks,
      List<String> ipAllowlist,
      Instant createdAt,
      Instant updatedAt) {}

  /** A link in the page's navigation. */
  public record NavigationLink(String text, String href) {}
}
