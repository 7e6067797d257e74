package com.wekruit.valet.r2;

/** The AWS SDK is an optional dependency of the providers module: say which artifacts are missing, not a stack trace. */
final class R2Dependencies {
  private static final String[][] REQUIRED = {
      {"software.amazon.awssdk.services.s3.S3Client", "software.amazon.awssdk:s3"},
      {"software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient", "software.amazon.awssdk:url-connection-client"}};

  private R2Dependencies() {}

  static void require() {
    StringBuilder missing = new StringBuilder();
    for (String[] r : REQUIRED) {
      try {
        Class.forName(r[0], false, R2Dependencies.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        missing.append(missing.length() == 0 ? "" : " and ").append(r[1]);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("the R2 object store needs " + missing + " (version 2.58.0 or newer) on the"
          + " classpath: valet-sdk-providers declares the AWS SDK optional; add it to your build, excluding"
          + " netty-nio-client and apache5-client");
    }
  }
}
