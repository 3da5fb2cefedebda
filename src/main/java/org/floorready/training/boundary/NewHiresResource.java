package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.NewHire;

/** A new hire's record: progress, scores, milestones, nesting, departure, at-risk flags. */
@Path("training/new-hires/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME})
public class NewHiresResource {
  @Inject NewHires newHires;

  /** A graded attempt at a module's assessment (0–100), taken on a day (default today). */
  public record AttemptRequest(@NotNull Long moduleId, @NotNull Integer score, LocalDate takenOn) {
    public AttemptRequest(Long moduleId, Integer score, LocalDate takenOn) {
      this.moduleId = moduleId;
      this.score = score;
      this.takenOn = takenOn;
    }
  }

  /** A milestone reached on a day (default today). */
  public record MilestoneRequest(@NotNull NewHire.Milestone milestone, LocalDate on) {
    public MilestoneRequest(NewHire.Milestone milestone, LocalDate on) {
      this.milestone = milestone;
      this.on = on;
    }
  }

  /** The person resigned or was released; whether their opening reopens (default: configured). */
  public record DepartureRequest(
      @NotNull NewHire.Departure how,
      LocalDate on,
      @NotBlank @Size(max = 1000) String reason,
      Boolean reopenOpening) {
    public DepartureRequest(
        NewHire.Departure how, LocalDate on, String reason, Boolean reopenOpening) {
      this.how = how;
      this.on = on;
      this.reason = reason;
      this.reopenOpening = reopenOpening;
    }
  }

  /** A weekly nesting check. */
  public record NestingRequest(@NotNull Boolean ready, @Size(max = 1000) String note) {
    public NestingRequest(Boolean ready, String note) {
      this.ready = ready;
      this.note = note;
    }
  }

  /** What is being done about an at-risk flag. */
  public record AcknowledgeRequest(@NotBlank @Size(max = 1000) String note) {
    public AcknowledgeRequest(String note) {
      this.note = note;
    }
  }

  @GET
  @Operation(summary = "The new hire's page: class, progress, scores, nesting, flags, history")
  public NewHires.NewHireView get(@PathParam("id") long id) {
    return newHires.get(id);
  }

  @POST
  @Path("assessments")
  @Operation(summary = "Record an assessment attempt (within the module's retakes)")
  public NewHires.NewHireView attempt(@PathParam("id") long id, @Valid @NotNull AttemptRequest a) {
    return newHires.recordAttempt(id, a.moduleId(), a.score(), a.takenOn());
  }

  @POST
  @Path("milestones")
  @Operation(summary = "Record a milestone: classroom complete, nesting start, graduated")
  public NewHires.NewHireView milestone(
      @PathParam("id") long id, @Valid @NotNull MilestoneRequest m) {
    return newHires.reach(id, m.milestone(), m.on());
  }

  @POST
  @Path("departure")
  @Operation(summary = "The person resigned or was released; their opening reopens (configurable)")
  public NewHires.NewHireView leave(@PathParam("id") long id, @Valid @NotNull DepartureRequest d) {
    return newHires.leave(id, d.how(), d.on(), d.reason().strip(), d.reopenOpening());
  }

  @PUT
  @Path("nesting-checks/{week}")
  @Operation(summary = "The weekly nesting check of the week containing {week}: ready or not yet")
  public NewHires.NewHireView nesting(
      @PathParam("id") long id, @PathParam("week") String week, @Valid @NotNull NestingRequest n) {
    LocalDate day;
    try {
      day = LocalDate.parse(week);
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.floorready.platform.InvalidInput("week", "must be a date such as 2026-03-09");
    }
    return newHires.checkNesting(id, day, n.ready(), n.note());
  }

  @PUT
  @Path("flags/{flag}")
  @Operation(summary = "Acknowledge an at-risk flag with a note")
  public NewHires.NewHireView acknowledge(
      @PathParam("id") long id,
      @PathParam("flag") String flag,
      @Valid @NotNull AcknowledgeRequest a) {
    return newHires.acknowledge(id, flag, a.note().strip());
  }
}
