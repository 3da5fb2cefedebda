package org.floorready.interview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.ValidTimeZone;
import org.floorready.security.entity.Role;

/** Interviews of one application: proposed times, booking, the list. */
@Path("applications/{applicationId}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class ApplicationInterviewsResource {
  @Inject Scheduling scheduling;
  @Inject SlotProposals proposals;
  @Inject SelfScheduling selfScheduling;
  @Inject Scorecards scorecards;

  /**
   * A booking: the plan, the start (on the quarter hour), optionally the interviewers of a proposed
   * slot, and the candidate's zone when the profile's state does not give it.
   */
  public record Booking(
      @NotNull Long planId,
      @NotNull Instant start,
      @Size(max = 20) List<@NotNull Long> interviewers,
      @ValidTimeZone String candidateZone) {
    public Booking(Long planId, Instant start, List<Long> interviewers, String candidateZone) {
      this.planId = planId;
      this.start = start;
      this.interviewers = interviewers;
      this.candidateZone = candidateZone;
    }
  }

  /**
   * A scheduling link for the candidate: the plan, the window offered, the candidate's zone when
   * the profile does not give it, how long the link works and until when changes are allowed.
   */
  public record LinkRequest(
      @NotNull Long planId,
      @NotNull Instant from,
      @NotNull Instant to,
      @ValidTimeZone String candidateZone,
      @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(30)
          Integer validDays,
      @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(168)
          Integer changeCutoffHours) {
    public LinkRequest(
        Long planId,
        Instant from,
        Instant to,
        String candidateZone,
        Integer validDays,
        Integer changeCutoffHours) {
      this.planId = planId;
      this.from = from;
      this.to = to;
      this.candidateZone = candidateZone;
      this.validDays = validDays;
      this.changeCutoffHours = changeCutoffHours;
    }
  }

  @POST
  @Path("scheduling-links")
  @Operation(
      summary =
          "Email the candidate a signed, expiring link to pick their own time for a plan in a"
              + " window, and to move or cancel it until a cutoff")
  public Response sendLink(
      @PathParam("applicationId") long applicationId, @Valid @NotNull LinkRequest request) {
    SelfScheduling.Sent sent =
        selfScheduling.send(
            applicationId,
            request.planId(),
            request.from(),
            request.to(),
            request.candidateZone(),
            request.validDays() == null ? 7 : request.validDays(),
            request.changeCutoffHours() == null ? 24 : request.changeCutoffHours());
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(summary = "The application's interviews, booked and past")
  public List<InterviewView> list(@PathParam("applicationId") long applicationId) {
    return scheduling.ofApplication(applicationId);
  }

  @GET
  @Path("scorecards")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(
      summary =
          "The scorecards of the application's interviews with a summary that marks disagreement;"
              + " someone who interviewed the person sees the others' once their own is in")
  public Scorecards.ScorecardSummary scorecards(@PathParam("applicationId") long applicationId) {
    return scorecards.ofApplication(applicationId);
  }

  @GET
  @Path("slots")
  @Operation(
      summary =
          "Proposed times for a plan in a window (at most 31 days): everyone needed is free, in the"
              + " candidate's waking hours; with everyone's local time and why each pool member")
  public SlotProposals.Proposal slots(
      @PathParam("applicationId") long applicationId,
      @QueryParam("plan") @NotNull Long plan,
      @QueryParam("from") @NotNull Instant from,
      @QueryParam("to") @NotNull Instant to,
      @QueryParam("candidateZone") @ValidTimeZone String candidateZone) {
    return proposals.propose(applicationId, plan, from, to, candidateZone);
  }

  @POST
  @Operation(
      summary =
          "Book an interview: refused with fresh choices (409 slot-taken) when the time is no"
              + " longer free; sends iTIP invites to the candidate and each interviewer")
  public Response book(
      @PathParam("applicationId") long applicationId, @Valid @NotNull Booking booking) {
    InterviewView booked =
        scheduling.book(
            applicationId,
            booking.planId(),
            booking.start(),
            booking.interviewers(),
            booking.candidateZone());
    return Response.created(URI.create("interviews/" + booked.id())).entity(booked).build();
  }
}
