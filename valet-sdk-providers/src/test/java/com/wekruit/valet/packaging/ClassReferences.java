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
 * and generic descriptors (arrays included). String constants are left out, so a message that mentions a class is no
 * reference.
 */
final class ClassReferences {
  private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w$]+(?:/[\\w$]+)+)[;<]");

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
      if (utf8[i] == null || stringConstants.contains(i)) continue;
      if (classNames.contains(i) && !utf8[i].startsWith("[")) names.add(utf8[i]);
      Matcher m = DESCRIPTOR_TYPE.matcher(utf8[i]);
      while (m.find()) names.add(m.group(1));
    }
    return names;
  }
}
