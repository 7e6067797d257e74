package com.wekruit.valet.json;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PatchTest {
  @Test
  void threeStates_areDistinct() {
    Patch<String> unset = Patch.unset();
    Patch<String> clear = Patch.clear();
    Patch<String> set = Patch.set("x");
    assertFalse(unset.isPresent());
    assertTrue(clear.isPresent());
    assertTrue(set.isPresent());
    assertNull(clear.value());
    assertEquals("x", set.value());
    assertEquals("unset", unset.toString());
    assertEquals("clear", clear.toString());
    assertEquals("set(x)", set.toString());
    assertNotEquals(unset, clear);
    assertNotEquals(clear, set);
    assertNotEquals(set, Patch.set("y"));
    assertNotEquals(set, "x");
    assertEquals(set, Patch.set("x"));
    assertEquals(set.hashCode(), Patch.set("x").hashCode());
    assertNotEquals(unset.hashCode(), clear.hashCode());
  }
}
