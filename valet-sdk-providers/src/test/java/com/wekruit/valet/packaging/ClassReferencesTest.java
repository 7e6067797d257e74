package com.wekruit.valet.packaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The constant-pool scan behind PackagedJarsIT: types are references, text that names a class is not. */
class ClassReferencesTest {
  static final class NamesItInText {
    String name = "com/wekruit/valet/hetzner/testing/FakeHetzner";
  }

  static final class UsesItAsAType {
    List<FakeHetzner> fakes;
  }

  static final class HoldsAnArray {
    FakeHetzner[] fakes = new FakeHetzner[1];
  }

  static final class CallsIt {
    String url() throws IOException {
      try (FakeHetzner fake = FakeHetzner.start()) {
        return fake.baseUrl();
      }
    }
  }

  @Test
  void aGenericFieldType_anArray_andAMethodCall_areReferences_aStringIsNot() throws IOException {
    String fake = "com/wekruit/valet/hetzner/testing/FakeHetzner";
    Set<String> text = references(NamesItInText.class);
    Set<String> type = references(UsesItAsAType.class);
    Set<String> call = references(CallsIt.class);
    Set<String> array = references(HoldsAnArray.class);
    assertFalse(text.contains(fake), text::toString);
    assertTrue(type.contains(fake), type::toString);
    assertTrue(call.contains(fake), call::toString);
    assertTrue(array.contains(fake), array::toString);
    assertTrue(call.contains("java/lang/String"), call::toString);
    assertFalse(call.stream().anyMatch(n -> n.startsWith("L") || n.startsWith("[") || n.endsWith(";")), call::toString);
    assertTrue(ClassReferences.inTestkit(fake + ".class"));
    assertTrue(ClassReferences.inTestkit("com/wekruit/valet/testkit/FakeApiServer.class"));
    assertFalse(ClassReferences.inTestkit("com/wekruit/valet/hetzner/HetznerClient.class"));
  }

  private static Set<String> references(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getPackageName().length() + 1) + ".class")) {
      return ClassReferences.of(in);
    }
  }
}
