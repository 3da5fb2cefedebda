package org.floorready.platform.database;

/** The two databases FloorReady runs on; a few queries (full-text search) differ between them. */
public enum DatabaseKind {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String folder;

  DatabaseKind(String folder) {
    this.folder = folder;
  }

  public String folder() {
    return folder;
  }

  static DatabaseKind of(String productName) {
    return productName.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
  }
}
