package com.wekruit.valet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version from the build, for the User-Agent. Not API. */
public final class SdkVersion {
  public static final String VERSION = load();
  public static final String USER_AGENT = "valet-sdk-java/" + VERSION;

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/com/wekruit/valet/valet-sdk.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
