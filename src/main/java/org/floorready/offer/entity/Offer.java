package org.floorready.offer.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Audited;
import org.floorready.security.entity.Role;

/**
 * An offer to the candidate of one application: pay, shift, place, the class it starts with, until
 * when it stands, and the letter. Its life: pending approval (when pay is outside the range or an
 * approval was asked for) → approved → sent → accepted, declined or lapsed; an open offer can be
 * superseded by a revision or withdrawn. Only a sent offer is answered, and only before it expires.
 */
@Entity
@Table(name = "offer")
@NamedQuery(
    name = Offer.OF_APPLICATION,
    query = "select o from Offer o where o.applicationId = :a order by o.createdAt desc, o.id desc")
@NamedQuery(
    name = Offer.DUE_TO_LAPSE,
    query =
        "select o.id from Offer o where o.status in (org.floorready.offer.entity.OfferStatus.SENT,"
            + " org.floorready.offer.entity.OfferStatus.APPROVED,"
            + " org.floorready.offer.entity.OfferStatus.PENDING_APPROVAL) and o.expiresAt <= :now")
public class Offer implements Audited {
  public static final String OF_APPLICATION = "Offer.ofApplication";
  public static final String DUE_TO_LAPSE = "Offer.dueToLapse";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
  @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
  private Long id;

  private long applicationId;
  private long requisitionId;
  private long classId;
  private Long templateId;

  @Enumerated(EnumType.STRING)
  private PayBasis payBasis;

  private BigDecimal payAmount;
  private String payCurrency;
  private boolean outsideRange;
  private String shift;

  @Enumerated(EnumType.STRING)
  private WorkMode workMode;

  private String site;
  private LocalDate startDate;
  private Instant expiresAt;
  private String letterText;
  private byte[] letterPdf;

  @Enumerated(EnumType.STRING)
  private OfferStatus status;

  private Long supersedesId;
  private String createdBy;
  private Instant createdAt;
  private Instant sentAt;
  private Instant answeredAt;
  private String answeredBy;

  @Enumerated(EnumType.STRING)
  private AnswerChannel answerChannel;

  private String declineReason;
  private Instant closedAt;

  @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<OfferApproval> approvals = new ArrayList<>();

  @Version private long version;

  protected Offer() {}

  /** The terms of an offer as the recruiter sets them. */
  public record Terms(
      PayBasis payBasis,
      BigDecimal payAmount,
      String payCurrency,
      String shift,
      WorkMode workMode,
      String site,
      long classId,
      LocalDate startDate,
      Instant expiresAt,
      Long templateId) {}

  /** An approver of a step: a named user or anyone holding a role. */
  public record Approver(AppUser user, Role role) {}

  public Offer(
      long applicationId,
      long requisitionId,
      Terms terms,
      boolean outsideRange,
      List<Approver> chain,
      String by,
      Instant now) {
    if (!terms.expiresAt().isAfter(now)) {
      throw new InvalidInput("expiresAt", "must be in the future");
    }
    if (terms.payAmount().signum() <= 0) {
      throw new InvalidInput("payAmount", "must be more than 0");
    }
    this.applicationId = applicationId;
    this.requisitionId = requisitionId;
    this.classId = terms.classId();
    this.templateId = terms.templateId();
    this.payBasis = terms.payBasis();
    this.payAmount = terms.payAmount();
    this.payCurrency = terms.payCurrency();
    this.outsideRange = outsideRange;
    this.shift = terms.shift();
    this.workMode = terms.workMode();
    this.site = terms.site();
    this.startDate = terms.startDate();
    this.expiresAt = terms.expiresAt();
    this.createdBy = by;
    this.createdAt = now;
    this.letterText = "";
    for (int i = 0; i < chain.size(); i++) {
      approvals.add(
          new OfferApproval(this, i + 1, chain.get(i).user(), chain.get(i).role(), i == 0));
    }
    this.status = approvals.isEmpty() ? OfferStatus.APPROVED : OfferStatus.PENDING_APPROVAL;
  }

  /** This offer replaces {@code earlier}, which stops being open (its link stops working). */
  public void supersede(Offer earlier, Instant now) {
    earlier.requireOpen();
    earlier.close(OfferStatus.SUPERSEDED, now);
    this.supersedesId = earlier.id();
  }

  public Optional<OfferApproval> pendingStep() {
    return approvals.stream().filter(a -> a.status() == OfferApproval.Status.PENDING).findFirst();
  }

  /** The pending approver decides; a rejection closes the approval (revise the offer then). */
  public void decide(AppUser by, boolean approve, String comment, Instant now) {
    requireOpen();
    OfferApproval step =
        pendingStep()
            .filter(s -> s.mayDecide(by))
            .orElseThrow(
                () -> new NotYourOfferApproval("This offer is not waiting for your approval."));
    step.decide(approve, by.email(), comment, now);
    if (!approve) {
      close(OfferStatus.WITHDRAWN, now);
      this.declineReason =
          "Approval refused by " + by.displayName() + (comment == null ? "" : ": " + comment);
      return;
    }
    approvals.stream()
        .filter(a -> a.status() == OfferApproval.Status.WAITING)
        .findFirst()
        .ifPresentOrElse(OfferApproval::activate, () -> status = OfferStatus.APPROVED);
  }

  /** Sends it: the letter (text and PDF) is fixed from now on. */
  public void send(String text, byte[] pdf, Instant now) {
    requireOpen();
    if (status == OfferStatus.PENDING_APPROVAL) {
      throw new OfferNotApproved(
          "This offer waits for approval by "
              + pendingStep().map(OfferApproval::approverName).orElse("?")
              + ".");
    }
    if (status == OfferStatus.SENT) {
      throw new OfferClosed("This offer was sent already; revise it to change it.");
    }
    requireNotExpired(now);
    this.letterText = text;
    this.letterPdf = pdf;
    this.status = OfferStatus.SENT;
    this.sentAt = now;
  }

  /**
   * Checks that the offer can be answered now: it is sent and not expired. An accepted offer
   * answers true (a second click changes nothing); anything else final is refused.
   */
  public boolean alreadyAccepted(Instant now) {
    if (status == OfferStatus.ACCEPTED) {
      return true;
    }
    requireAnswerable(now);
    return false;
  }

  public void accept(String by, AnswerChannel channel, Instant at) {
    this.answeredAt = at;
    this.answeredBy = by;
    this.answerChannel = channel;
    close(OfferStatus.ACCEPTED, at);
  }

  public void decline(String by, AnswerChannel channel, String reason, Instant at) {
    requireAnswerable(at);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "is needed when the offer is declined");
    }
    this.answeredAt = at;
    this.answeredBy = by;
    this.answerChannel = channel;
    this.declineReason = reason;
    close(OfferStatus.DECLINED, at);
  }

  /** Lapses an open offer whose expiry has come; answers whether it did. */
  public boolean lapseIfDue(Instant now) {
    if (!status.open() || expiresAt.isAfter(now)) {
      return false;
    }
    close(OfferStatus.LAPSED, now);
    return true;
  }

  public void withdraw(String reason, Instant now) {
    requireOpen();
    this.declineReason = reason;
    close(OfferStatus.WITHDRAWN, now);
  }

  /** Forgets the letter, which names the person (erasure); the terms and the history stay. */
  public void forgetLetter() {
    this.letterText = "";
    this.letterPdf = null;
  }

  private void requireAnswerable(Instant now) {
    if (status == OfferStatus.SUPERSEDED) {
      throw new OfferClosed(
          "This offer was replaced by a newer one: use the link in the latest offer email.");
    }
    if (status == OfferStatus.LAPSED) {
      throw new OfferExpired(
          "This offer expired on " + expiresAt + " and can no longer be answered.");
    }
    if (status != OfferStatus.SENT) {
      throw new OfferClosed("This offer is " + status.label() + " and cannot be answered.");
    }
    requireNotExpired(now);
  }

  private void requireNotExpired(Instant now) {
    if (!expiresAt.isAfter(now)) {
      throw new OfferExpired(
          "This offer expired on " + expiresAt + " and can no longer be answered.");
    }
  }

  private void requireOpen() {
    if (!status.open()) {
      throw new OfferClosed("This offer is " + status.label() + "; make a new offer instead.");
    }
  }

  private void close(OfferStatus to, Instant at) {
    this.status = to;
    this.closedAt = at;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("application", applicationId);
    state.put("status", status.name());
    state.put("pay", payAmount.toPlainString() + " " + payCurrency + " " + payBasis);
    state.put("outsideRange", outsideRange);
    state.put("shift", shift);
    state.put("workMode", workMode.name());
    state.put("site", site);
    state.put("class", classId);
    state.put("startDate", startDate.toString());
    state.put("expiresAt", expiresAt.toString());
    state.put("answeredBy", answeredBy);
    state.put("answerChannel", answerChannel == null ? null : answerChannel.name());
    return state;
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public long classId() {
    return classId;
  }

  public Long templateId() {
    return templateId;
  }

  public PayBasis payBasis() {
    return payBasis;
  }

  public BigDecimal payAmount() {
    return payAmount;
  }

  public String payCurrency() {
    return payCurrency;
  }

  public boolean outsideRange() {
    return outsideRange;
  }

  public String shift() {
    return shift;
  }

  public WorkMode workMode() {
    return workMode;
  }

  public String site() {
    return site;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String letterText() {
    return letterText;
  }

  public byte[] letterPdf() {
    return letterPdf;
  }

  public OfferStatus status() {
    return status;
  }

  public Long supersedesId() {
    return supersedesId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public AnswerChannel answerChannel() {
    return answerChannel;
  }

  public String declineReason() {
    return declineReason;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<OfferApproval> approvals() {
    return approvals;
  }

  public long version() {
    return version;
  }
}
