package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wekruit.valet.hetzner.HetznerClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Maven blocks name the versions this build uses. */
class ReadmeCoordinatesTest {
  private static final String README = String.join("\n", ReadmeText.read(ReadmeText.README));
  private static final String POM = String.join("\n", ReadmeText.read(Path.of("..", "pom.xml")));

  @Test
  void theSdkCoordinatesNameThisVersion_andTheTestkitClassifier() throws IOException {
    Properties sdk = new Properties();
    try (InputStream in = HetznerClient.class.getResourceAsStream("/com/wekruit/valet/valet-sdk.properties")) {
      sdk.load(in);
    }
    String coordinates = "  <artifactId>valet-sdk-providers</artifactId>\n  <version>" + sdk.getProperty("version")
        + "</version>\n";
    assertTrue(README.contains("<dependency>\n  <groupId>com.wekruit.valet</groupId>\n" + coordinates
        + "</dependency>"), "main artifact");
    assertTrue(README.contains(coordinates + "  <classifier>testkit</classifier>\n  <scope>test</scope>\n"), "testkit");
  }

  @Test
  void theOptionalDependenciesNameTheVersionsThisBuildTests() {
    String pg = property("postgresql.version");
    String aws = property("awssdk.version");
    assertTrue(README.contains("<artifactId>postgresql</artifactId>\n  <version>" + pg + "</version>"), pg);
    assertTrue(README.contains("<artifactId>s3</artifactId>\n  <version>" + aws + "</version>"), aws);
    assertTrue(README.contains("<artifactId>url-connection-client</artifactId>\n  <version>" + aws + "</version>"));
    assertTrue(README.contains("(`PostgresCheck`, `RunbookHealth.postgres(...)`) | " + pg + " |"), pg);
    assertTrue(README.contains("(`R2ObjectStore`) | " + aws + " |"), aws);
    assertTrue(README.contains("(`BetterStackAppender`) | " + property("logback.version") + " |"));
  }

  private static String property(String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(POM);
    assertTrue(m.find(), name);
    return m.group(1);
  }
}
