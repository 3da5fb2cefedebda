package org.floorready.offer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.offer.entity.AnswerChannel;
import org.floorready.offer.entity.Offer;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;

/** Offers: made, revised, approved, sent, withdrawn, and answers recorded by the hiring team. */
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class OffersResource {
  @Inject Offers offers;
  @Inject OfferInbox inbox;
  @Inject OfferLetters letters;
  @Inject OfferAnswers answers;
  @Inject Caller caller;

  /** The terms of an offer; the class sets the start date. */
  public record OfferRequest(
      @NotNull PayBasis payBasis,
      @NotNull BigDecimal payAmount,
      @Size(min = 3, max = 3) String payCurrency,
      @NotBlank @Size(max = 200) String shift,
      @NotNull WorkMode workMode,
      @Size(max = 200) String site,
      @NotNull Long classId,
      @NotNull Instant expiresAt,
      Long templateId,
      Boolean askApproval,
      Long version) {
    public OfferRequest(
        PayBasis payBasis,
        BigDecimal payAmount,
        String payCurrency,
        String shift,
        WorkMode workMode,
        String site,
        Long classId,
        Instant expiresAt,
        Long templateId,
        Boolean askApproval,
        Long version) {
      this.payBasis = payBasis;
      this.payAmount = payAmount;
      this.payCurrency = payCurrency;
      this.shift = shift;
      this.workMode = workMode;
      this.site = site;
      this.classId = classId;
      this.expiresAt = expiresAt;
      this.templateId = templateId;
      this.askApproval = askApproval;
      this.version = version;
    }

    Offers.OfferInput input() {
      if (payAmount.scale() > 2 || payAmount.precision() - payAmount.scale() > 10) {
        throw new InvalidInput("payAmount", "must be an amount with at most 2 decimals");
      }
      if (workMode != WorkMode.REMOTE && (site == null || site.isBlank())) {
        throw new InvalidInput("site", "is needed unless the work is remote");
      }
      return new Offers.OfferInput(
          new Offer.Terms(
              payBasis,
              payAmount,
              payCurrency == null ? null : payCurrency.toUpperCase(java.util.Locale.ROOT),
              shift.strip(),
              workMode,
              site == null || site.isBlank() ? null : site.strip(),
              classId,
              null,
              expiresAt,
              templateId),
          askApproval != null && askApproval);
    }
  }

  /** An approver's decision. */
  public record OfferDecision(
      @NotNull Boolean approve, @Size(max = 1000) String comment, Long version) {
    public OfferDecision(Boolean approve, String comment, Long version) {
      this.approve = approve;
      this.comment = comment;
      this.version = version;
    }
  }

  /** Why an offer is withdrawn. */
  public record OfferWithdrawal(@NotBlank @Size(max = 1000) String reason, Long version) {
    public OfferWithdrawal(String reason, Long version) {
      this.reason = reason;
      this.version = version;
    }
  }

  /** Sends the offer (its current version). */
  public record OfferSending(Long version) {
    public OfferSending(Long version) {
      this.version = version;
    }
  }

  /** The candidate's answer as a recruiter learned it: accepted, or declined and why; and how. */
  public record RecordedAnswer(
      @NotNull Boolean accepted, @Size(max = 1000) String reason, @NotNull AnswerChannel channel) {
    public RecordedAnswer(Boolean accepted, String reason, AnswerChannel channel) {
      this.accepted = accepted;
      this.reason = reason;
      this.channel = channel;
    }
  }

  @GET
  @Path("awaiting-my-approval")
  @Operation(summary = "Offers whose pending approval step is the caller's, oldest first")
  public List<OfferInbox.AwaitingApproval> awaitingMe() {
    return inbox.awaitingMe();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One offer")
  public OfferView get(@PathParam("id") long id) {
    return offers.get(id);
  }

  @POST
  @Path("{id}/revision")
  @Operation(summary = "Revise an open offer: a new offer supersedes it")
  public Response revise(@PathParam("id") long id, @Valid @NotNull OfferRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(offers.revise(id, request.input(), request.version()))
        .build();
  }

  @POST
  @Path("{id}/decision")
  @Operation(summary = "Approve or refuse an offer waiting for your approval")
  public OfferView decide(@PathParam("id") long id, @Valid @NotNull OfferDecision d) {
    return offers.decide(id, d.approve(), d.comment(), d.version());
  }

  @POST
  @Path("{id}/sending")
  @Operation(summary = "Send an approved offer: letter as PDF, email with the link to answer")
  public OfferView send(@PathParam("id") long id, @Valid OfferSending s) {
    return letters.send(id, s == null ? null : s.version());
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(summary = "Withdraw an open offer")
  public OfferView withdraw(@PathParam("id") long id, @Valid @NotNull OfferWithdrawal w) {
    return offers.withdraw(id, w.reason().strip(), w.version());
  }

  @POST
  @Path("{id}/answer")
  @Operation(
      summary =
          "Record the candidate's answer learned by phone, email or in person; accepting hires,"
              + " fills an opening and enrols in the class at once")
  public OfferView answer(@PathParam("id") long id, @Valid @NotNull RecordedAnswer answer) {
    Offers.requireRecruiter(caller.user());
    offers.get(id);
    String by = caller.user().email();
    if (answer.accepted()) {
      answers.accept(id, by, answer.channel());
    } else {
      answers.decline(id, by, answer.channel(), answer.reason());
    }
    return offers.get(id);
  }

  @GET
  @Path("{id}/letter.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The offer letter as sent, as PDF")
  public Response letter(@PathParam("id") long id) {
    return Response.ok(letters.pdf(id), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"offer-" + id + ".pdf\"")
        .build();
  }
}
