package org.floorready.platform;

/**
 * Compares the version a client edited with the stored one: a stale edit is a 409, never an
 * overwrite.
 */
public final class StaleCheck {
  private StaleCheck() {}

  public static void requireCurrent(Long sentVersion, long storedVersion, String what) {
    if (sentVersion != null && sentVersion != storedVersion) {
      throw new StaleEdit(
          "This "
              + what
              + " was changed by someone else (version "
              + storedVersion
              + ", you edited version "
              + sentVersion
              + "). Reload it and apply your change again.");
    }
  }
}
