package org.floorready.requisition.entity;

import static org.floorready.requisition.entity.RequisitionStatus.CANCELLED;
import static org.floorready.requisition.entity.RequisitionStatus.DRAFT;
import static org.floorready.requisition.entity.RequisitionStatus.FILLED;
import static org.floorready.requisition.entity.RequisitionStatus.ON_HOLD;
import static org.floorready.requisition.entity.RequisitionStatus.OPEN;
import static org.floorready.requisition.entity.RequisitionStatus.PENDING_APPROVAL;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.floorready.requisition.entity.RequisitionEvent.Type;
import org.floorready.security.entity.AppUser;

/**
 * Approved headcount: a job the call center hires for, with one {@link Opening} per seat.
 *
 * <p>Lifecycle: DRAFT → (submit) PENDING_APPROVAL → (every step approves) OPEN ⇄ ON_HOLD → FILLED
 * when the last opening is filled, or CANCELLED. A rejection sends it back to DRAFT. Changing the
 * openings or the pay of an approved requisition sends it back for approval. CANCELLED reopens as
 * DRAFT (it needs approval again); FILLED reopens as OPEN by reopening its latest filled seat.
 * Every change of state is kept as a dated {@link RequisitionEvent}; an illegal change is refused
 * with a named refusal that says why.
 */
@Entity
public class Requisition extends RequisitionFields {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requisition_seq")
  @SequenceGenerator(
      name = "requisition_seq",
      sequenceName = "requisition_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  private RequisitionStatus status = DRAFT;

  private int approvalRound;
  private String createdBy;
  private String requestedBy;
  private Instant createdAt;
  private Instant firstOpenedAt;
  private Instant statusChangedAt;
  private Long clonedFromId;

  @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Opening> openings = new ArrayList<>();

  @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("round, position")
  private List<ApprovalStep> approvalSteps = new ArrayList<>();

  @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("at, id")
  private List<RequisitionEvent> events = new ArrayList<>();

  @Version private long version;

  protected Requisition() {}

  public static Requisition draft(RequisitionDetails details, String by, Instant now) {
    Requisition requisition = new Requisition();
    requisition.createdBy = by;
    requisition.requestedBy = by;
    requisition.createdAt = now;
    requisition.statusChangedAt = now;
    requisition.apply(details);
    requisition.resizeOpenings(details.openings(), now);
    requisition.record(now, by, Type.CREATED, null, DRAFT, details.openings() + " opening(s)");
    return requisition;
  }

  /** A new draft with the same content, e.g. for next month's training class. */
  public Requisition cloneAsDraft(String by, Instant now, LocalDate newTargetStart) {
    RequisitionDetails copy = details(newTargetStart == null ? targetStartDate() : newTargetStart);
    Requisition clone = draft(copy, by, now);
    clone.clonedFromId = id;
    clone.record(now, by, Type.CLONED, null, DRAFT, "Cloned from requisition " + id);
    return clone;
  }

  /**
   * Changes the fields. Returns true when the change sent an approved requisition back for approval
   * (openings or pay changed); the caller then starts a new approval round.
   */
  public boolean edit(RequisitionDetails details, String by, Instant now) {
    if (status == CANCELLED || status == FILLED) {
      throw new RequisitionNotEditable(
          "A " + status.label() + " requisition cannot be edited; reopen it first.");
    }
    boolean keyChange = details.openings() != openings.size() || !samePay(details);
    int filled = filledCount();
    if (details.openings() < filled) {
      throw new OpeningsBelowFilled(
          "This requisition already has "
              + filled
              + " filled opening(s); it cannot have fewer than that.");
    }
    apply(details);
    resizeOpenings(details.openings(), status == OPEN || status == ON_HOLD ? now : null);
    record(now, by, Type.EDITED, status, status, null);
    if (keyChange && (status == OPEN || status == ON_HOLD || status == PENDING_APPROVAL)) {
      RequisitionStatus from = status;
      skipPendingSteps();
      requestedBy = by;
      move(PENDING_APPROVAL, now);
      record(
          now, by, Type.SENT_BACK_FOR_APPROVAL, from, PENDING_APPROVAL, "Openings or pay changed");
      return true;
    }
    return false;
  }

  /** Starts an approval round with the given chain (in order); the first approver is up. */
  public void submit(List<Approver> chain, String by, Instant now) {
    if (status != DRAFT && status != PENDING_APPROVAL) {
      throw new IllegalRequisitionTransition(
          "Only a draft can be submitted for approval; this requisition is "
              + status.label()
              + ".");
    }
    if (chain.isEmpty()) {
      throw new NoApprover(
          "This team has no approver: set its approval chain or name a hiring manager.");
    }
    RequisitionStatus from = status;
    skipPendingSteps();
    approvalRound++;
    for (int i = 0; i < chain.size(); i++) {
      approvalSteps.add(new ApprovalStep(this, approvalRound, i + 1, chain.get(i), i == 0));
    }
    requestedBy = by;
    move(PENDING_APPROVAL, now);
    if (from == DRAFT) {
      record(now, by, Type.SUBMITTED, from, PENDING_APPROVAL, "Approval round " + approvalRound);
    }
  }

  /** The step waiting for a decision now, if any. */
  public Optional<ApprovalStep> pendingStep() {
    return approvalSteps.stream()
        .filter(s -> s.round() == approvalRound && s.status() == ApprovalStep.Status.PENDING)
        .findFirst();
  }

  /** Approves the pending step; after the last step the requisition opens. */
  public void approve(AppUser by, String comment, Instant now) {
    ApprovalStep step = stepFor(by);
    step.decide(true, by, comment, now);
    record(
        now,
        by.email(),
        Type.APPROVED_STEP,
        status,
        status,
        "Step "
            + step.position()
            + " approved"
            + (comment == null || comment.isBlank() ? "" : ": " + comment));
    Optional<ApprovalStep> next =
        approvalSteps.stream()
            .filter(s -> s.round() == approvalRound && s.status() == ApprovalStep.Status.WAITING)
            .min(Comparator.comparingInt(ApprovalStep::position));
    if (next.isPresent()) {
      next.get().activate();
      return;
    }
    move(OPEN, now);
    if (firstOpenedAt == null) {
      firstOpenedAt = now;
    }
    openings.forEach(o -> o.markOpenedIfNew(now));
    record(now, by.email(), Type.OPENED, PENDING_APPROVAL, OPEN, "All approvals given");
  }

  /** Rejects the pending step: the requisition goes back to draft with the comment. */
  public void reject(AppUser by, String comment, Instant now) {
    if (comment == null || comment.isBlank()) {
      throw new ReasonRequired("A rejection needs a comment saying what to change.");
    }
    ApprovalStep step = stepFor(by);
    step.decide(false, by, comment, now);
    skipPendingSteps();
    move(DRAFT, now);
    record(now, by.email(), Type.REJECTED, PENDING_APPROVAL, DRAFT, comment);
  }

  public void hold(String by, String reason, Instant now) {
    requireStatus(OPEN, "put on hold");
    move(ON_HOLD, now);
    record(now, by, Type.PUT_ON_HOLD, OPEN, ON_HOLD, reason);
  }

  public void resume(String by, Instant now) {
    requireStatus(ON_HOLD, "resumed");
    move(OPEN, now);
    record(now, by, Type.RESUMED, ON_HOLD, OPEN, null);
  }

  public void cancel(String by, String reason, Instant now) {
    if (status == CANCELLED || status == FILLED) {
      throw new IllegalRequisitionTransition(
          "A " + status.label() + " requisition cannot be cancelled.");
    }
    if (reason == null || reason.isBlank()) {
      throw new ReasonRequired("Cancelling needs a reason.");
    }
    RequisitionStatus from = status;
    skipPendingSteps();
    move(CANCELLED, now);
    record(now, by, Type.CANCELLED, from, CANCELLED, reason);
  }

  public void reopen(String by, String reason, Instant now) {
    if (status == CANCELLED) {
      move(DRAFT, now);
      record(now, by, Type.REOPENED, CANCELLED, DRAFT, reason);
    } else if (status == FILLED) {
      Opening latest =
          openings.stream()
              .filter(o -> !o.isOpen())
              .max(Comparator.comparing(Opening::filledAt))
              .orElseThrow();
      latest.reopen();
      move(OPEN, now);
      record(
          now,
          by,
          Type.REOPENED,
          FILLED,
          OPEN,
          "Opening " + latest.number() + " reopened" + (reason == null ? "" : ": " + reason));
    } else {
      throw new IllegalRequisitionTransition(
          "Only a cancelled or filled requisition can be reopened; this one is "
              + status.label()
              + ".");
    }
  }

  /**
   * Fills the first open seat with a hire made through the pipeline (the application that was
   * hired); refused when the requisition is not open or no seat is left.
   */
  public Opening fillNext(String hire, long applicationId, String by, Instant at) {
    Opening filled = fill(nextOpenSeat().id(), hire, by, at);
    filled.hiredFrom(applicationId);
    return filled;
  }

  /** The seat a hire would take; refused when the requisition is not open or none is left. */
  public Opening nextOpenSeat() {
    if (status == FILLED) {
      throw new NoOpeningLeft(
          "Every opening of "
              + title()
              + " is filled already: add an opening (edit and reopen the requisition) or hire for"
              + " another requisition.");
    }
    requireOpen();
    return openings.stream()
        .filter(Opening::isOpen)
        .min(java.util.Comparator.comparingInt(Opening::number))
        .orElseThrow(
            () ->
                new NoOpeningLeft(
                    "Every opening of "
                        + title()
                        + " is filled already: add an opening (edit the requisition) or hire for"
                        + " another requisition."));
  }

  private void requireOpen() {
    if (status != OPEN && status != ON_HOLD) {
      throw new RequisitionNotOpen(
          "Openings are filled on an open requisition; this one is " + status.label() + ".");
    }
  }

  /**
   * The seat an application was hired into needs a hire again (the person left in training): it
   * reopens with a fresh opened date, so the replacement's time-to-fill counts from today, and a
   * filled requisition is open again. Nothing happens to a cancelled requisition or when no seat
   * was filled from that application (answers empty).
   */
  public Optional<Opening> vacate(long applicationId, String by, String reason, Instant now) {
    if (status == CANCELLED) {
      return Optional.empty();
    }
    Optional<Opening> seat =
        openings.stream()
            .filter(o -> !o.isOpen() && Long.valueOf(applicationId).equals(o.applicationId()))
            .findFirst();
    seat.ifPresent(
        opening -> {
          opening.vacate(now);
          RequisitionStatus from = status;
          if (status == FILLED) {
            move(OPEN, now);
          }
          record(
              now,
              by,
              Type.OPENING_REOPENED,
              from,
              status,
              "Opening " + opening.number() + " reopened: " + reason);
        });
    return seat;
  }

  /** Fills one open seat; when it was the last, the requisition is FILLED. */
  public Opening fill(long openingId, String hire, String by, Instant at) {
    requireOpen();
    Opening opening =
        openings.stream()
            .filter(o -> o.id().equals(openingId))
            .findFirst()
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "No opening " + openingId + " on this requisition."));
    if (!opening.isOpen()) {
      throw new OpeningAlreadyFilled(
          "Opening " + opening.number() + " is already filled by " + opening.filledBy() + ".");
    }
    opening.fill(hire, at);
    record(
        at,
        by,
        Type.OPENING_FILLED,
        status,
        status,
        "Opening " + opening.number() + " filled by " + hire);
    if (openings.stream().noneMatch(Opening::isOpen)) {
      RequisitionStatus from = status;
      move(FILLED, at);
      record(at, by, Type.FILLED, from, FILLED, "Last opening filled");
    }
    return opening;
  }

  private ApprovalStep stepFor(AppUser user) {
    if (status != PENDING_APPROVAL) {
      throw new NoPendingApproval(
          "This requisition is " + status.label() + "; it is not waiting for approval.");
    }
    ApprovalStep step =
        pendingStep().orElseThrow(() -> new NoPendingApproval("No approval step is waiting."));
    if (!step.canBeDecidedBy(user)) {
      throw new NotYourApprovalStep(
          "This step waits for " + step.approverLabel() + ", not for you.");
    }
    return step;
  }

  private void skipPendingSteps() {
    approvalSteps.stream()
        .filter(
            s ->
                s.status() == ApprovalStep.Status.PENDING
                    || s.status() == ApprovalStep.Status.WAITING)
        .forEach(ApprovalStep::skip);
  }

  private void requireStatus(RequisitionStatus required, String action) {
    if (status != required) {
      String article = "aeiou".indexOf(required.label().charAt(0)) >= 0 ? "an " : "a ";
      throw new IllegalRequisitionTransition(
          "Only "
              + article
              + required.label()
              + " requisition can be "
              + action
              + "; this one is "
              + status.label()
              + ".");
    }
  }

  private void move(RequisitionStatus to, Instant now) {
    status = to;
    statusChangedAt = now;
  }

  private void record(
      Instant at,
      String by,
      Type type,
      RequisitionStatus from,
      RequisitionStatus to,
      String detail) {
    events.add(new RequisitionEvent(this, at, by, type, from, to, detail));
  }

  private void resizeOpenings(int wanted, Instant openedAt) {
    int number = openings.stream().mapToInt(Opening::number).max().orElse(0);
    while (openings.size() < wanted) {
      openings.add(new Opening(this, ++number, openedAt));
    }
    while (openings.size() > wanted) {
      Opening last =
          openings.stream()
              .filter(Opening::isOpen)
              .max(Comparator.comparingInt(Opening::number))
              .orElseThrow();
      openings.remove(last);
    }
  }

  private int filledCount() {
    return (int) openings.stream().filter(o -> !o.isOpen()).count();
  }

  private boolean samePay(RequisitionDetails details) {
    return same(payMin(), details.payMin())
        && same(payMax(), details.payMax())
        && payBasis() == details.payBasis()
        && payCurrency().equals(details.payCurrency());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  protected int openingCount() {
    return openings.size();
  }

  public Long id() {
    return id;
  }

  public RequisitionStatus status() {
    return status;
  }

  public int approvalRound() {
    return approvalRound;
  }

  public String createdBy() {
    return createdBy;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant firstOpenedAt() {
    return firstOpenedAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public Long clonedFromId() {
    return clonedFromId;
  }

  public List<Opening> openings() {
    return List.copyOf(openings);
  }

  public List<ApprovalStep> approvalSteps() {
    return List.copyOf(approvalSteps);
  }

  public List<RequisitionEvent> events() {
    return List.copyOf(events);
  }

  public long version() {
    return version;
  }

  /**
   * Readable, stable address of the public job page: id first, so a new title never breaks a link.
   */
  public String slug() {
    String words =
        title()
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return id + "-" + (words.length() > 60 ? words.substring(0, 60).replaceAll("-$", "") : words);
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public java.util.Map<String, Object> auditState() {
    java.util.Map<String, Object> state = super.auditState();
    state.put("status", status.name());
    state.put("openings", openings.size());
    return state;
  }
}
