package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without the optional AWS SDK on the classpath, building an R2 store says which artifacts to add. */
class R2MissingDependencyTest {

  @Test
  void withoutTheAwsSdk_buildNamesTheMissingArtifacts() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      if (!entry.contains("software" + File.separator + "amazon")) urls.add(new File(entry).toURI().toURL());
    }
    try (URLClassLoader noAws = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> noAws.loadClass("software.amazon.awssdk.services.s3.S3Client"));
      Class<?> store = noAws.loadClass("com.wekruit.valet.r2.R2ObjectStore");
      Object builder = store.getMethod("builder").invoke(null);
      Class<?> b = builder.getClass();
      b.getMethod("accountId", String.class).invoke(builder, "023e105f4ecef8ad9ca31a8372d0c353");
      b.getMethod("credentials", String.class, String.class).invoke(builder, "key-id", "secret");
      b.getMethod("bucket", String.class).invoke(builder, "backups");
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> b.getMethod("build").invoke(builder));
      IllegalStateException missing = assertInstanceOf(IllegalStateException.class, e.getCause());
      assertTrue(missing.getMessage().contains("software.amazon.awssdk:s3"), missing.getMessage());
      assertTrue(missing.getMessage().contains("url-connection-client"), missing.getMessage());
    }
  }
}
