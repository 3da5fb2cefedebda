package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/**
 * A person hired through an accepted offer and enrolled in a class: the milestones (classroom
 * complete, nesting start, graduated) in order, and their status with its date and reason. A
 * departure is resigned (their choice) or released (not meeting the standard): the two kinds of
 * attrition are never mixed.
 */
@Entity
@Table(name = "new_hire")
@NamedQuery(
    name = NewHire.ENROLLED,
    query =
        "select count(n) from NewHire n where n.trainingClass = :c and n.status not in"
            + " (org.floorready.training.entity.NewHireStatus.RESIGNED,"
            + " org.floorready.training.entity.NewHireStatus.RELEASED)")
@NamedQuery(
    name = NewHire.IN_CLASS,
    query = "select n from NewHire n where n.trainingClass = :c order by lower(n.fullName), n.id")
public class NewHire implements Audited {
  public static final String ENROLLED = "NewHire.enrolled";
  public static final String IN_CLASS = "NewHire.inClass";

  /** The two ways a new hire leaves. */
  public enum Departure {
    RESIGNED,
    RELEASED
  }

  /** A milestone a trainer records. */
  public enum Milestone {
    CLASSROOM_COMPLETE,
    NESTING_START,
    GRADUATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "new_hire_seq")
  @SequenceGenerator(name = "new_hire_seq", sequenceName = "new_hire_seq", allocationSize = 50)
  private Long id;

  private long applicationId;
  private long candidateId;
  private long requisitionId;
  private Long teamId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "class_id")
  private TrainingClass trainingClass;

  private String fullName;
  private String email;

  @Enumerated(EnumType.STRING)
  private NewHireStatus status;

  private LocalDate statusOn;
  private String statusReason;
  private Instant hiredAt;
  private LocalDate classroomDoneOn;
  private LocalDate nestingStartOn;
  private LocalDate graduatedOn;
  private boolean openingReopened;
  @Version private long version;

  protected NewHire() {}

  /** Who was hired, from which application and requisition. */
  public record Hire(
      long applicationId,
      long candidateId,
      long requisitionId,
      Long teamId,
      String fullName,
      String email) {}

  public NewHire(Hire hire, TrainingClass trainingClass, Instant hiredAt) {
    this.applicationId = hire.applicationId();
    this.candidateId = hire.candidateId();
    this.requisitionId = hire.requisitionId();
    this.teamId = hire.teamId();
    this.fullName = hire.fullName();
    this.email = hire.email();
    this.trainingClass = trainingClass;
    this.hiredAt = hiredAt;
    this.status = NewHireStatus.IN_TRAINING;
    this.statusOn = trainingClass.startDate();
  }

  /**
   * Records a milestone on {@code on} (not after {@code today}, not before the class starts, and in
   * order: classroom complete, nesting start, graduated). Starting nesting completes the classroom
   * on that day if it was not recorded; graduating without nesting is allowed (a program without a
   * nesting module).
   */
  public void reach(Milestone milestone, LocalDate on, LocalDate today) {
    requireStaying();
    requireDate(on, today);
    switch (milestone) {
      case CLASSROOM_COMPLETE -> {
        if (status != NewHireStatus.IN_TRAINING) {
          throw new NewHireLeft(fullName + " finished the classroom already.");
        }
        classroomDoneOn = on;
      }
      case NESTING_START -> {
        if (status != NewHireStatus.IN_TRAINING) {
          throw new NewHireLeft(fullName + " is " + status.label().toLowerCase() + " already.");
        }
        if (classroomDoneOn != null && on.isBefore(classroomDoneOn)) {
          throw new InvalidInput(
              "on", "must not be before the classroom ended (" + classroomDoneOn + ")");
        }
        classroomDoneOn = classroomDoneOn == null ? on : classroomDoneOn;
        nestingStartOn = on;
        moveTo(NewHireStatus.NESTING, on, null);
      }
      case GRADUATED -> {
        if (status == NewHireStatus.GRADUATED) {
          throw new NewHireLeft(fullName + " graduated already.");
        }
        LocalDate after = nestingStartOn != null ? nestingStartOn : classroomDoneOn;
        if (after != null && on.isBefore(after)) {
          throw new InvalidInput("on", "must not be before " + after);
        }
        classroomDoneOn = classroomDoneOn == null ? on : classroomDoneOn;
        graduatedOn = on;
        moveTo(NewHireStatus.GRADUATED, on, null);
      }
    }
  }

  /** The person leaves: resigned or released, with the date and a reason. */
  public void leave(Departure how, LocalDate on, String reason, LocalDate today) {
    requireStaying();
    requireDate(on, today);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "is needed: say why the person left");
    }
    moveTo(how == Departure.RESIGNED ? NewHireStatus.RESIGNED : NewHireStatus.RELEASED, on, reason);
  }

  public void openingReopened() {
    this.openingReopened = true;
  }

  /** Forgets who the person was (erasure); the record stays for the class's counts. */
  public void anonymize() {
    this.fullName = "Erased person";
    this.email = null;
    this.statusReason = statusReason == null ? null : "(erased)";
  }

  public void requireStaying() {
    if (status.left()) {
      throw new NewHireLeft(
          fullName
              + " "
              + status.label().toLowerCase()
              + " on "
              + statusOn
              + "; nothing more is recorded.");
    }
  }

  private void requireDate(LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw new InvalidInput("on", "cannot be in the future");
    }
    if (on.isBefore(trainingClass.startDate())) {
      throw new InvalidInput(
          "on", "must not be before the class starts (" + trainingClass.startDate() + ")");
    }
  }

  private void moveTo(NewHireStatus to, LocalDate on, String reason) {
    this.status = to;
    this.statusOn = on;
    this.statusReason = reason;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("application", applicationId);
    state.put("class", trainingClass.id());
    state.put("status", status.name());
    state.put("statusOn", String.valueOf(statusOn));
    state.put("statusReason", statusReason);
    state.put("classroomDoneOn", classroomDoneOn == null ? null : classroomDoneOn.toString());
    state.put("nestingStartOn", nestingStartOn == null ? null : nestingStartOn.toString());
    state.put("graduatedOn", graduatedOn == null ? null : graduatedOn.toString());
    return state;
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long candidateId() {
    return candidateId;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public Long teamId() {
    return teamId;
  }

  public TrainingClass trainingClass() {
    return trainingClass;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public NewHireStatus status() {
    return status;
  }

  public LocalDate statusOn() {
    return statusOn;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant hiredAt() {
    return hiredAt;
  }

  public LocalDate classroomDoneOn() {
    return classroomDoneOn;
  }

  public LocalDate nestingStartOn() {
    return nestingStartOn;
  }

  public LocalDate graduatedOn() {
    return graduatedOn;
  }

  public boolean isOpeningReopened() {
    return openingReopened;
  }

  public long version() {
    return version;
  }
}
