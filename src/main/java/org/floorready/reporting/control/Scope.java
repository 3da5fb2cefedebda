package org.floorready.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a report covers: the days {@code from} to {@code to} (both included) in the viewer's zone,
 * and optionally one requisition, intake channel, recruiting source or state. {@code teamIds} null
 * means every team; an empty set means none (a viewer who may see no team). {@code classIds}
 * likewise limits the training and licensing reports to the classes a trainer teaches.
 */
public record Scope(
    LocalDate from,
    LocalDate to,
    ZoneId zone,
    Set<Long> teamIds,
    Set<Long> classIds,
    Long requisitionId,
    String channel,
    Long sourceId,
    String state) {

  /** Whether only some channel's or some source's applications count. */
  public boolean sourced() {
    return channel != null || sourceId != null;
  }

  /** The first instant of {@code from} in the zone. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after {@code to} in the zone. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
