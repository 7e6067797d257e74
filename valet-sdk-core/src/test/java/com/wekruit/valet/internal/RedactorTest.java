package com.wekruit.valet.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void secretsShorterThanFourCharacters_orNull_areIgnored() {
    Redactor r = new Redactor(Arrays.asList("abc", null, "wxyz"));
    assertEquals("abc ****", r.redact("abc wxyz"));
    assertEquals("Redactor[2 secrets]", r.toString(), "wxyz and its Base64 form");
  }

  @Test
  void urlEncodedAndBase64Forms_areRedactedToo() {
    String secret = "p@ss word/+x";
    Redactor r = new Redactor(List.of(secret));
    String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
    String b64 = Base64.getEncoder().encodeToString(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("q=**** b=**** raw=****", r.redact("q=" + encoded + " b=" + b64 + " raw=" + secret));
    assertTrue(r.leaks(encoded) && r.leaks(b64) && r.leaks("x" + secret));
    assertEquals("Redactor[3 secrets]", r.toString());
  }

  @Test
  void longerSecretsGoFirst_soNoPartOfOneIsLeft() {
    Redactor r = new Redactor(List.of("abcd", "abcdefgh"));
    assertEquals("[****]", r.redact("[abcdefgh]"));
  }

  @Test
  void with_addsSecrets_andNothingToAddKeepsTheSameRedactor() {
    Redactor r = new Redactor(List.of("first-secret"));
    assertSame(r, r.with(List.of()));
    Redactor more = r.with(List.of("second-secret"));
    assertTrue(more.leaks("a second-secret") && more.leaks("a first-secret"));
    assertFalse(r.leaks("a second-secret"));
    assertEquals("Redactor[0 secrets]", Redactor.NONE.toString());
    assertEquals("some text", Redactor.NONE.redact("some text"));
    assertNull(r.redact(null));
  }

  @Test
  void leaks_onlyWhenAKnownSecretIsThere() {
    Redactor r = new Redactor(List.of("first-secret", "other-secret"));
    assertFalse(r.leaks(null));
    assertFalse(r.leaks("nothing here"));
    assertTrue(r.leaks("...other-secret..."));
    assertFalse(Redactor.NONE.leaks("first-secret"));
  }

  @Test
  void equality_followsTheSecrets() {
    Redactor a = new Redactor(List.of("first-secret"));
    assertEquals(a, new Redactor(List.of("first-secret")));
    assertEquals(a.hashCode(), new Redactor(List.of("first-secret")).hashCode());
    assertNotEquals(a, new Redactor(List.of("other-secret")));
    assertNotEquals(a, Redactor.NONE);
    assertNotEquals(a, "first-secret");
  }

  @Test
  void clean_cutsAtMax_andMarksOnlyARealCut() {
    assertEquals("abcdef", Redactor.NONE.clean("abcdef", 6));
    assertEquals("abcdef…(1 more chars)", Redactor.NONE.clean("abcdefg", 6));
    assertEquals("", Redactor.NONE.clean("", 6));
    assertEquals("?…(1 more chars)", Redactor.NONE.clean("\u0000\u0000", 1));
  }

  @Test
  void clean_keepsPrintableAscii_turnsWhitespaceIntoSpaces_andTheRestIntoQuestionMarks() {
    assertEquals(" ~a  ???", Redactor.NONE.clean(" ~a\t\n\u001f\u007f\u00e9", 100));
  }
}
