package org.floorready.application.boundary;

import java.util.List;

/**
 * A requisition's pipeline board: a column per stage with its count and cards, and the closed
 * counts.
 */
public record BoardView(
    long requisitionId,
    String requisitionTitle,
    String requisitionStatus,
    boolean canMove,
    List<Column> columns,
    List<Closed> closed) {

  /** One stage: its cards (best score first), how many there are, and how many were left off. */
  public record Column(
      String key,
      String name,
      boolean interview,
      long count,
      List<ApplicationSummary> cards,
      long more) {}

  /** Rejected or withdrawn: counted, not shown as cards. */
  public record Closed(String key, String name, long count) {}
}
