package com.wekruit.valet.packaging;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool: class entries and the types inside field, method
 * and generic descriptors (arrays included). A string constant counts only when it is a class's whole binary name
 * ({@code Class.forName("a.b.C")}) or holds a descriptor and no space; otherwise a message that mentions a class is no
 * reference. A class entry always counts, also when javac shares its text with a string constant.
 */
final class ClassReferences {
  private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w$]+(?:/[\\w$]+)+)[;<]");
  private static final Pattern BINARY_NAME = Pattern.compile("[\\w$]+(?:\\.[\\w$]+)+");

  private ClassReferences() {}

  /** Whether a class file path belongs to the testkit jar: a {@code testing} package or {@code valet/testkit}. */
  static boolean inTestkit(String entry) {
    return entry.contains("/testing/") || entry.startsWith("com/wekruit/valet/testkit/");
  }

  /** Internal names ({@code a/b/C}) of every class the class file refers to. */
  static Set<String> of(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    Set<Integer> stringConstants = new HashSet<>();
    Set<Integer> classNames = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 8 -> stringConstants.add(in.readUnsignedShort());
        case 7 -> classNames.add(in.readUnsignedShort());
        case 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
      }
    }
    Set<String> names = new TreeSet<>();
    for (int i = 1; i < count; i++) {
      String text = utf8[i];
      if (text == null) continue;
      if (classNames.contains(i) && !text.startsWith("[")) names.add(text);
      if (stringConstants.contains(i)) {
        if (BINARY_NAME.matcher(text).matches()) names.add(text.replace('.', '/'));
        if (text.chars().anyMatch(Character::isWhitespace)) continue;
      }
      Matcher m = DESCRIPTOR_TYPE.matcher(text);
      while (m.find()) names.add(m.group(1));
    }
    return names;
  }
}
