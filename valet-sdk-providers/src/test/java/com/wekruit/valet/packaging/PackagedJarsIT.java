package com.wekruit.valet.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built jars of this module (run by failsafe after {@code package}): the simulators ship only in the
 * {@code testkit} jar, and nothing in the main jar refers to them, so users get no test code in production.
 */
class PackagedJarsIT {
  private static final Path CLASSES = Path.of(System.getProperty("valet.classes"));
  private static final Path MAIN_JAR = Path.of(System.getProperty("valet.mainJar"));
  private static final Path TESTKIT_JAR = Path.of(System.getProperty("valet.testkitJar"));

  @Test
  void theMainJarHoldsNoSimulatorAndTheTestkitJarHoldsExactlyThem() throws IOException {
    Set<String> built = compiledClasses();
    Set<String> main = classes(MAIN_JAR).keySet();
    Set<String> testkit = classes(TESTKIT_JAR).keySet();

    assertTrue(built.stream().anyMatch(c -> c.startsWith("com/wekruit/valet/hetzner/testing/FakeHetzner")));
    assertEquals(Set.of(), main.stream().filter(ClassReferences::inTestkit).collect(Collectors.toSet()));
    assertEquals(built.stream().filter(ClassReferences::inTestkit).collect(Collectors.toCollection(TreeSet::new)),
        testkit);
    assertEquals(built.stream().filter(c -> !ClassReferences.inTestkit(c))
        .collect(Collectors.toCollection(TreeSet::new)), main);
  }

  @Test
  void noClassOfTheMainJarRefersToASimulator() throws IOException {
    Map<String, Set<String>> offenders = new TreeMap<>();
    classes(MAIN_JAR).forEach((name, refs) -> {
      Set<String> bad = refs.stream().filter(r -> ClassReferences.inTestkit(r + ".class"))
          .collect(Collectors.toSet());
      if (!bad.isEmpty()) offenders.put(name, bad);
    });
    assertEquals(Map.of(), offenders, "main classes referring to testkit classes");
  }

  @Test
  void theReferenceScanSeesWhatTheSimulatorsUse() throws IOException {
    Set<String> refs = classes(TESTKIT_JAR).get("com/wekruit/valet/hetzner/testing/FakeHetzner.class");
    assertTrue(refs.contains("com/wekruit/valet/hetzner/testing/FakeHetznerState"), refs::toString);
    assertTrue(refs.contains("com/sun/net/httpserver/HttpServer"), refs::toString);
    assertFalse(refs.stream().anyMatch(r -> r.contains(" ")), refs::toString);
  }

  /** Class entries of a jar with the classes each refers to. */
  private static Map<String, Set<String>> classes(Path jar) throws IOException {
    assertTrue(Files.isRegularFile(jar), "not built: " + jar);
    Map<String, Set<String>> out = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      file.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> {
        try (InputStream in = file.getInputStream(e)) {
          out.put(e.getName(), ClassReferences.of(in));
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    }
    return out;
  }

  private static Set<String> compiledClasses() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> CLASSES.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
