package org.floorready.requisition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** One approver's decision in one approval round of a requisition. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {
  /**
   * WAITING for earlier steps, PENDING (the approver's turn), then APPROVED or REJECTED; SKIPPED
   * when a round ends early.
   */
  public enum Status {
    WAITING,
    PENDING,
    APPROVED,
    REJECTED,
    SKIPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
  @SequenceGenerator(
      name = "approval_step_seq",
      sequenceName = "approval_step_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requisition_id")
  private Requisition requisition;

  private int round;
  private int position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approver_user_id")
  private AppUser approverUser;

  @Enumerated(EnumType.STRING)
  private Role approverRole;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String decidedBy;
  private Instant decidedAt;
  private String comment;

  protected ApprovalStep() {}

  ApprovalStep(Requisition requisition, int round, int position, Approver approver, boolean first) {
    this.requisition = requisition;
    this.round = round;
    this.position = position;
    this.approverUser = approver.user();
    this.approverRole = approver.role();
    this.status = first ? Status.PENDING : Status.WAITING;
  }

  /** The named approver, anyone holding the named role, or an admin acting for them. */
  /**
   * Whether this step lets {@code user} see the requisition: a named approver always; anyone
   * holding the approving role while the step waits for a decision, and the one who decided it.
   */
  public boolean letsSee(AppUser user) {
    if (approverUser != null) {
      return approverUser.id().equals(user.id());
    }
    return user.email().equals(decidedBy)
        || status == Status.PENDING && approverRole != null && user.hasRole(approverRole);
  }

  public boolean canBeDecidedBy(AppUser user) {
    if (user.hasRole(Role.ADMIN)) {
      return true;
    }
    if (approverUser != null) {
      return approverUser.id().equals(user.id());
    }
    return approverRole != null && user.hasRole(approverRole);
  }

  void decide(boolean approved, AppUser by, String reason, Instant at) {
    status = approved ? Status.APPROVED : Status.REJECTED;
    decidedBy = by.email();
    decidedAt = at;
    comment = reason;
  }

  void activate() {
    status = Status.PENDING;
  }

  void skip() {
    status = Status.SKIPPED;
  }

  public String approverLabel() {
    return approverUser != null
        ? approverUser.displayName()
        : "any " + approverRole.name().toLowerCase().replace('_', ' ');
  }

  public Long id() {
    return id;
  }

  public Requisition requisition() {
    return requisition;
  }

  public int round() {
    return round;
  }

  public int position() {
    return position;
  }

  public AppUser approverUser() {
    return approverUser;
  }

  public Role approverRole() {
    return approverRole;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String comment() {
    return comment;
  }
}
