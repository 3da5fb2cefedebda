package org.floorready.licensing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.floorready.licensing.control.Journey;

/**
 * Whether a person may sell in a state now, as last computed (on every change to their record, and
 * daily for dates passing): kept so that "who is cleared in FL" is one indexed read.
 */
@Entity
@Table(name = "clearance")
@IdClass(Clearance.Key.class)
public class Clearance {
  /** The key: one row per person and state. */
  public static class Key implements Serializable {
    private long licenseeId;
    private String state;

    public Key() {}

    public Key(long licenseeId, String state) {
      this.licenseeId = licenseeId;
      this.state = state;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.licenseeId == licenseeId && k.state.equals(state);
    }

    @Override
    public int hashCode() {
      return Objects.hash(licenseeId, state);
    }
  }

  @Id private long licenseeId;
  @Id private String state;
  private long newHireId;
  private boolean cleared;

  @Enumerated(EnumType.STRING)
  private Journey.Color color;

  private String missing;
  private String nextStep;
  private String waitingOn;
  private Instant computedAt;

  protected Clearance() {}

  public Clearance(long licenseeId, long newHireId, String state) {
    this.licenseeId = licenseeId;
    this.newHireId = newHireId;
    this.state = state;
  }

  /** Takes the outcome; answers whether anything changed (computedAt moves only then). */
  public boolean set(Journey.Outcome o, Instant at) {
    String missingNow = String.join("\n", o.missing());
    String next = o.next() == null ? null : o.next().label();
    String waiting = o.waitingOn() == null ? null : o.waitingOn().name();
    if (computedAt != null
        && cleared == o.cleared()
        && color == o.color()
        && missingNow.equals(missing == null ? "" : missing)
        && Objects.equals(next, nextStep)
        && Objects.equals(waiting, waitingOn)) {
      return false;
    }
    this.cleared = o.cleared();
    this.color = o.color();
    this.missing = missingNow;
    this.nextStep = next;
    this.waitingOn = waiting;
    this.computedAt = at;
    return true;
  }

  public long licenseeId() {
    return licenseeId;
  }

  public String state() {
    return state;
  }

  public long newHireId() {
    return newHireId;
  }

  public boolean cleared() {
    return cleared;
  }

  public Journey.Color color() {
    return color;
  }

  public java.util.List<String> missing() {
    return missing == null || missing.isEmpty()
        ? java.util.List.of()
        : java.util.List.of(missing.split("\n"));
  }

  public String nextStep() {
    return nextStep;
  }

  public String waitingOn() {
    return waitingOn;
  }

  public Instant computedAt() {
    return computedAt;
  }
}
