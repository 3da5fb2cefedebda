package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One person's attendance at one session (marked again, it changes in place). */
@Entity
@Table(name = "attendance")
public class Attendance {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
  @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
  private Long id;

  private long sessionId;
  private long newHireId;

  @Enumerated(EnumType.STRING)
  private AttendanceMark mark;

  private String note;
  private String markedBy;
  private Instant markedAt;
  @Version private long version;

  protected Attendance() {}

  public Attendance(long sessionId, long newHireId) {
    this.sessionId = sessionId;
    this.newHireId = newHireId;
  }

  /** Sets the mark; answers whether anything changed. */
  public boolean mark(AttendanceMark to, String withNote, String by, Instant at) {
    boolean changed = to != mark || !java.util.Objects.equals(withNote, note);
    if (changed) {
      this.mark = to;
      this.note = withNote;
      this.markedBy = by;
      this.markedAt = at;
    }
    return changed;
  }

  public long sessionId() {
    return sessionId;
  }

  public long newHireId() {
    return newHireId;
  }

  public AttendanceMark mark() {
    return mark;
  }

  public String note() {
    return note;
  }

  public String markedBy() {
    return markedBy;
  }
}
