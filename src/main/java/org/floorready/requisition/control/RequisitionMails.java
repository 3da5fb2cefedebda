package org.floorready.requisition.control;

import java.util.List;
import org.floorready.notification.entity.MailMessage;
import org.floorready.requisition.entity.Requisition;

/**
 * The emails of the approval flow: "your approval is needed" and "your requisition was
 * approved/rejected".
 */
public final class RequisitionMails {
  private RequisitionMails() {}

  public static MailMessage approvalNeeded(Requisition r, List<String> approvers, String baseUrl) {
    String link = baseUrl + "/#/requisitions/" + r.id();
    String text =
        "A requisition waits for your approval.\n\n"
            + summary(r)
            + "\nRequested by: "
            + r.requestedBy()
            + "\n\nApprove or reject it here: "
            + link
            + "\n(or find it in your approval inbox: "
            + baseUrl
            + "/#/approvals)\n";
    return new MailMessage(
        approvers,
        "Approval needed: " + r.title() + " (" + r.openings().size() + " openings)",
        text,
        null,
        List.of(),
        "requisition-approval-needed",
        "Requisition",
        String.valueOf(r.id()),
        null);
  }

  public static MailMessage outcome(
      Requisition r, boolean approved, String decidedBy, String comment, String baseUrl) {
    String verdict = approved ? "approved and is now open" : "rejected and is back in draft";
    String text =
        "Your requisition was "
            + verdict
            + ".\n\n"
            + summary(r)
            + "\nDecided by: "
            + decidedBy
            + (comment == null || comment.isBlank() ? "" : "\nComment: " + comment)
            + "\n\n"
            + baseUrl
            + "/#/requisitions/"
            + r.id()
            + "\n";
    return new MailMessage(
        List.of(r.requestedBy()),
        (approved ? "Approved: " : "Rejected: ") + r.title(),
        text,
        null,
        List.of(),
        approved ? "requisition-approved" : "requisition-rejected",
        "Requisition",
        String.valueOf(r.id()),
        null);
  }

  private static String summary(Requisition r) {
    return r.title()
        + "\nTeam: "
        + r.team().name()
        + "\nOpenings: "
        + r.openings().size()
        + "\nTarget start: "
        + (r.targetStartDate() == null ? "not set" : r.targetStartDate())
        + "\nPay: "
        + (r.payMin() == null ? "?" : r.payMin().toPlainString())
        + "–"
        + (r.payMax() == null ? "?" : r.payMax().toPlainString())
        + " "
        + r.payCurrency()
        + " "
        + r.payBasis().name().toLowerCase()
        + "\n";
  }
}
