package org.floorready.platform.database;

import java.sql.SQLException;

/** Recognises a unique-key violation by its SQL state, the same on H2 and PostgreSQL (23505). */
public final class UniqueViolation {
  private UniqueViolation() {}

  public static boolean is(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if ("23505".equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
