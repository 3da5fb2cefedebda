package org.floorready.interview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;

/** Booked interviews: one at a time, moved, cancelled, no-shows; and attendees' iTIP replies. */
@Path("interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class InterviewsResource {
  @Inject Scheduling scheduling;
  @Inject InterviewReplies replies;
  @Inject Scorecards scorecards;

  /** One rating of a scorecard. */
  public record RatingRequest(
      @NotNull org.floorready.interview.entity.Competency competency,
      @NotNull Integer rating,
      @Size(max = 2000) String note) {
    public RatingRequest(
        org.floorready.interview.entity.Competency competency, Integer rating, String note) {
      this.competency = competency;
      this.rating = rating;
      this.note = note;
    }
  }

  /** A scorecard: a rating per competency of the interview's kind, a recommendation, a note. */
  public record ScorecardRequest(
      @NotNull @Size(max = 12) List<@NotNull @Valid RatingRequest> ratings,
      @NotNull org.floorready.interview.entity.Recommendation recommendation,
      @Size(max = 4000) String note) {
    public ScorecardRequest(
        List<RatingRequest> ratings,
        org.floorready.interview.entity.Recommendation recommendation,
        String note) {
      this.ratings = ratings;
      this.recommendation = recommendation;
      this.note = note;
    }
  }

  /** A new time for a booked interview (and, optionally, the interviewers chosen for it). */
  public record NewTime(
      @NotNull Instant start, @Size(max = 20) List<@NotNull Long> interviewers, Long version) {
    public NewTime(Instant start, List<Long> interviewers, Long version) {
      this.start = start;
      this.interviewers = interviewers;
      this.version = version;
    }
  }

  /** Why an interview is called off. */
  public record CancelRequest(@NotBlank @Size(max = 500) String reason, Long version) {
    public CancelRequest(String reason, Long version) {
      this.reason = reason;
      this.version = version;
    }
  }

  /** Who did not come: the candidate or an interviewer. */
  public record NoShow(
      @NotNull @Pattern(regexp = "CANDIDATE|INTERVIEWER") String who,
      @Size(max = 500) String reason,
      Long version) {
    public NoShow(String who, String reason, Long version) {
      this.who = who;
      this.reason = reason;
      this.version = version;
    }
  }

  @GET
  @Path("mine")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(summary = "The caller's scheduled interviews from yesterday to the coming days")
  public List<InterviewView> mine(@QueryParam("days") Integer days) {
    // from 1 to 31 days ahead; a week unless asked
    return scheduling.mine(days == null ? 7 : Math.max(1, Math.min(31, days)));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(summary = "One interview, with every attendee's local time and answer")
  public InterviewView get(@PathParam("id") long id) {
    return scheduling.get(id);
  }

  @GET
  @Path("{id}/scorecard")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(
      summary = "The scorecard form of an interview you sit in, with your scorecard if filled")
  public Scorecards.Form scorecardForm(@PathParam("id") long id) {
    return scorecards.form(id);
  }

  @jakarta.ws.rs.PUT
  @Path("{id}/scorecard")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(
      summary =
          "Fill your scorecard of an interview: every competency of its kind rated 1-4 (a note for"
              + " 1 and 4) and a recommendation")
  public Scorecards.ScorecardView submitScorecard(
      @PathParam("id") long id, @Valid @NotNull ScorecardRequest request) {
    return scorecards.submit(
        id,
        request.ratings().stream()
            .map(
                r ->
                    new org.floorready.interview.entity.Scorecard.Rating(
                        r.competency(), r.rating(), r.note()))
            .toList(),
        request.recommendation(),
        request.note());
  }

  @GET
  @Path("scorecards-due")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(summary = "Your interviews that have started and still wait for your scorecard")
  public List<InterviewView> scorecardsDue() {
    return scorecards.due().stream().map(scheduling::get).toList();
  }

  @POST
  @Path("{id}/moves")
  @Operation(
      summary =
          "NewTime an interview to a new time: everyone gets an updated invite (same UID, higher"
              + " SEQUENCE); interviewers taken off get a cancellation")
  public InterviewView move(@PathParam("id") long id, @Valid @NotNull NewTime move) {
    return scheduling.reschedule(id, move.start(), move.interviewers(), move.version());
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "CancelRequest an interview: everyone gets an iTIP CANCEL")
  public InterviewView cancel(@PathParam("id") long id, @Valid @NotNull CancelRequest cancel) {
    return scheduling.cancel(id, cancel.reason(), cancel.version());
  }

  @POST
  @Path("{id}/no-show")
  @Operation(summary = "Record that the candidate or an interviewer did not come")
  public InterviewView noShow(@PathParam("id") long id, @Valid @NotNull NoShow noShow) {
    return scheduling.noShow(id, noShow.who(), noShow.reason(), noShow.version());
  }

  @POST
  @Path("replies")
  @Consumes({"text/calendar", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
  @Operation(
      summary =
          "Apply an attendee's iTIP REPLY (accept, decline, tentative), as an inbound mail hook"
              + " or an admin upload passes it on")
  public Response reply(String calendar) {
    return Response.ok(replies.apply(calendar)).build();
  }
}
