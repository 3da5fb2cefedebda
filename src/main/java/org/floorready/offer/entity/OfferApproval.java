package org.floorready.offer.entity;

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

/** One step of an offer's approval: a named user or anyone with a role, and the decision. */
@Entity
@Table(name = "offer_approval")
public class OfferApproval {
  /** Where the step stands. */
  public enum Status {
    WAITING,
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_approval_seq")
  @SequenceGenerator(
      name = "offer_approval_seq",
      sequenceName = "offer_approval_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "offer_id")
  private Offer offer;

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
  private String decisionComment;

  protected OfferApproval() {}

  OfferApproval(Offer offer, int position, AppUser user, Role role, boolean first) {
    this.offer = offer;
    this.position = position;
    this.approverUser = user;
    this.approverRole = role;
    this.status = first ? Status.PENDING : Status.WAITING;
  }

  public boolean mayDecide(AppUser user) {
    return approverUser != null
        ? approverUser.id().equals(user.id())
        : user.hasRole(approverRole) || user.hasRole(Role.ADMIN);
  }

  void decide(boolean approve, String by, String comment, Instant at) {
    status = approve ? Status.APPROVED : Status.REJECTED;
    decidedBy = by;
    decidedAt = at;
    decisionComment = comment;
  }

  void activate() {
    status = Status.PENDING;
  }

  public String approverName() {
    return approverUser != null
        ? approverUser.displayName()
        : "any " + approverRole.name().toLowerCase().replace('_', ' ');
  }

  public Long approverUserId() {
    return approverUser == null ? null : approverUser.id();
  }

  public Role approverRole() {
    return approverRole;
  }

  public int position() {
    return position;
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

  public String decisionComment() {
    return decisionComment;
  }
}
