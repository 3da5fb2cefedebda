package org.floorready.offer.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.floorready.offer.entity.Offer;

/** An offer as the hiring team sees it, with its approvals. */
public record OfferView(
    long id,
    long applicationId,
    long requisitionId,
    long classId,
    String className,
    String payBasis,
    BigDecimal payAmount,
    String payCurrency,
    boolean outsideRange,
    String shift,
    String workMode,
    String site,
    LocalDate startDate,
    Instant expiresAt,
    String status,
    Long supersedesId,
    String createdBy,
    Instant createdAt,
    Instant sentAt,
    Instant answeredAt,
    String answeredBy,
    String answerChannel,
    String declineReason,
    List<ApprovalView> approvals,
    boolean canDecide,
    boolean hasLetter,
    String letterText,
    long version) {

  /** One approval step. */
  public record ApprovalView(
      int position,
      String approver,
      String status,
      String decidedBy,
      Instant decidedAt,
      String comment) {}

  static OfferView of(Offer o, String className, boolean canDecide) {
    return new OfferView(
        o.id(),
        o.applicationId(),
        o.requisitionId(),
        o.classId(),
        className,
        o.payBasis().name(),
        o.payAmount(),
        o.payCurrency(),
        o.outsideRange(),
        o.shift(),
        o.workMode().name(),
        o.site(),
        o.startDate(),
        o.expiresAt(),
        o.status().name(),
        o.supersedesId(),
        o.createdBy(),
        o.createdAt(),
        o.sentAt(),
        o.answeredAt(),
        o.answeredBy(),
        o.answerChannel() == null ? null : o.answerChannel().name(),
        o.declineReason(),
        o.approvals().stream()
            .map(
                a ->
                    new ApprovalView(
                        a.position(),
                        a.approverName(),
                        a.status().name(),
                        a.decidedBy(),
                        a.decidedAt(),
                        a.decisionComment()))
            .toList(),
        canDecide,
        o.letterPdf() != null,
        o.letterText(),
        o.version());
  }
}
