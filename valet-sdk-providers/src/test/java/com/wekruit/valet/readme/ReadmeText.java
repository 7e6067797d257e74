package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The README's Java blocks are cut from the snippet classes of this package: the lines between {@code // readme:begin}
 * and {@code // readme:end}, preceded by the file's imports that those lines use. A snippet that changes without its
 * README block (or the reverse) fails its test.
 */
final class ReadmeText {
  static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "test", "java");

  private ReadmeText() {}

  /** The README block of a snippet class: its used imports, a blank line, its region without the indentation. */
  static String block(Class<?> snippet) {
    List<String> lines = read(SOURCES.resolve(snippet.getName().replace('.', '/') + ".java"));
    int begin = indexOf(lines, "// readme:begin", snippet);
    int end = indexOf(lines, "// readme:end", snippet);
    int indent = lines.get(begin).indexOf("//");
    List<String> region = new ArrayList<>();
    for (String line : lines.subList(begin + 1, end)) {
      region.add(line.isBlank() ? "" : line.substring(Math.min(indent, line.length() - line.stripLeading().length())));
    }
    String body = String.join("\n", region);
    List<String> imports = lines.stream().filter(l -> l.startsWith("import ") && !l.startsWith("import static"))
        .filter(l -> uses(body, l.substring(l.lastIndexOf('.') + 1, l.length() - 1))).toList();
    return String.join("\n", imports) + "\n\n" + body + "\n";
  }

  /** Fails unless the README holds the snippet's block as a fenced Java block. */
  static void assertInReadme(Class<?> snippet) {
    String block = "```java\n" + block(snippet) + "```\n";
    String readme = String.join("\n", read(README)) + "\n";
    assertTrue(readme.contains(block), () -> "README.md lacks the block of " + snippet.getSimpleName()
        + " (copy it from the snippet class):\n" + block);
  }

  private static boolean uses(String body, String simpleName) {
    return Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b").matcher(body).find();
  }

  private static int indexOf(List<String> lines, String marker, Class<?> snippet) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) return i;
    }
    throw new AssertionError(snippet.getSimpleName() + " has no " + marker);
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
