package org.floorready.platform.database;

/** Fired once per start after migrations ran; observers seed data or create the first admin. */
public record DatabaseReady(DatabaseKind kind) {
  public boolean embedded() {
    return kind == DatabaseKind.H2;
  }
}
