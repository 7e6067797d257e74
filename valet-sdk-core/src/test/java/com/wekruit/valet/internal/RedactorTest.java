package com.wekruit.valet.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final String SECRET = "p@ss word/+x";

  @Test
  void secretsShorterThanFourCharacters_orNull_areIgnored() {
    Redactor r = new Redactor(Arrays.asList("abc", null, "wxyz"));
    assertEquals("abc ****", r.redact("abc wxyz"));
    assertEquals("Redactor[1 secrets]", r.toString());
    assertEquals("Redactor[0 secrets]", Redactor.NONE.toString());
  }

  @Test
  void secrets_areFoundInAnyCase() {
    Redactor r = new Redactor(List.of("Token-AbCd"));
    assertEquals("a **** b **** c", r.redact("a TOKEN-ABCD b token-abcd c"));
    assertTrue(r.leaks("tOkEn-aBcD"));
  }

  @Test
  void urlEncodedForms_eitherWay_areRedacted() {
    Redactor r = new Redactor(List.of(SECRET));
    String form = java.net.URLEncoder.encode(SECRET, UTF_8);
    assertEquals("p%40ss+word%2F%2Bx", form);
    assertEquals("q=****&r=****", r.redact("q=" + form + "&r=p%40ss%20word%2F%2Bx"));
    assertEquals("****", r.redact("p%40ss%20word%2f%2bx"), "lower-case hex too");
  }

  @Test
  void base64Forms_areRedacted_paddedOrNot_urlSafe_andAtAnyAlignment() {
    Redactor r = new Redactor(List.of(SECRET));
    Base64.Encoder std = Base64.getEncoder();
    for (String prefix : List.of("", "u", "us", "usr", "user:")) {
      byte[] value = (prefix + SECRET + "!").getBytes(UTF_8);
      for (String encoded : List.of(std.encodeToString(value), Base64.getUrlEncoder().withoutPadding().encodeToString(value))) {
        assertTrue(r.leaks(encoded), prefix + " " + encoded);
        String redacted = r.redact(encoded);
        assertTrue(redacted.contains("****") && redacted.length() < encoded.length(), redacted);
        assertTrue(redacted.length() <= encoded.length() - SECRET.length() + 6, "at most a few characters of it left: " + redacted);
      }
    }
  }

  @Test
  void longerFormsGoFirst_soNoPartOfOneIsLeft() {
    Redactor r = new Redactor(List.of("abcd", "abcdefgh"));
    assertEquals("[****]", r.redact("[abcdefgh]"));
    assertEquals("[****]", new Redactor(List.of("abcdefgh", "abcd")).redact("[abcdefgh]"));
  }

  @Test
  void with_addsSecrets_andNothingToAddKeepsTheSameRedactor() {
    Redactor r = new Redactor(List.of("first-secret"));
    assertSame(r, r.with(List.of()));
    Redactor more = r.with(List.of("second-secret"));
    assertTrue(more.leaks("a second-secret") && more.leaks("a first-secret"));
    assertEquals("Redactor[2 secrets]", more.toString());
    assertFalse(r.leaks("a second-secret"));
    assertEquals("some text", Redactor.NONE.redact("some text"));
    assertEquals("nothing here", r.redact("nothing here"));
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
  void clean_cutsAtMax_andMarksOnlyARealCut() {
    assertEquals("abcdef", Redactor.NONE.clean("abcdef", 6));
    assertEquals("abcdef...(1 more chars)", Redactor.NONE.clean("abcdefg", 6));
    assertEquals("", Redactor.NONE.clean("", 6));
    assertEquals("?...(1 more chars)", Redactor.NONE.clean("\u0000\u0000", 1));
    assertNull(Redactor.NONE.clean(null, 5));
    assertEquals("ab****...(4 more chars)", new Redactor(List.of("s3cr3t-token")).clean("abs3cr3t-tokenwxyz", 6));
  }

  @Test
  void clean_keepsPrintableAscii_turnsWhitespaceIntoSpaces_andTheRestIntoQuestionMarks() {
    assertEquals(" ~a  ???", Redactor.NONE.clean(" ~a\t\n\u001f\u007f\u00e9", 100));
  }

  @Test
  void percentEncoding_keepsOnlyUnreservedCharacters() {
    assertEquals("azAZ09-._~%20%2F%3A%40%C3%A9%7F%00", PercentEncoding.encodeAll("azAZ09-._~ /:@\u00e9\u007f\u0000"));
    assertEquals("%60%7B%40%5B%2F%3A", PercentEncoding.encodeAll("`{@[/:"), "the neighbours of each range");
  }
}
