package org.floorready.interview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.interview.entity.InterviewKind;
import org.floorready.security.entity.Role;

/** How a requisition's interview stages are run. */
@Path("requisitions/{requisitionId}/interview-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class InterviewPlansResource {
  @Inject InterviewPlans plans;

  /** A plan: kind, length and buffer in minutes, named interviewers, a pool and how many of it. */
  public record PlanRequest(
      @NotNull InterviewKind kind,
      @NotNull @Min(15) @Max(240) Integer minutes,
      @Min(0) @Max(120) Integer bufferMinutes,
      @NotNull @Size(max = 10) List<@NotNull Long> required,
      @Size(max = 500) List<@NotNull Long> pool,
      @Min(0) @Max(10) Integer poolCount,
      @Size(max = 500) String location,
      @Size(max = 5) List<@NotNull @Min(0) @Max(10080) Long> reminders,
      Long version) {
    public PlanRequest(
        InterviewKind kind,
        Integer minutes,
        Integer bufferMinutes,
        List<Long> required,
        List<Long> pool,
        Integer poolCount,
        String location,
        List<Long> reminders,
        Long version) {
      this.kind = kind;
      this.minutes = minutes;
      this.bufferMinutes = bufferMinutes;
      this.required = required;
      this.pool = pool;
      this.poolCount = poolCount;
      this.location = location;
      this.reminders = reminders;
      this.version = version;
    }
  }

  @GET
  @Operation(summary = "The interview plans of the requisition's interview stages")
  public List<InterviewPlans.PlanView> list(@PathParam("requisitionId") long requisitionId) {
    return plans.of(requisitionId);
  }

  @PUT
  @Path("{stage}")
  @Operation(
      summary =
          "Set how an interview stage is run: kind, length, buffer, named interviewers and any N"
              + " of a pool")
  public InterviewPlans.PlanView define(
      @PathParam("requisitionId") long requisitionId,
      @PathParam("stage") String stage,
      @Valid @NotNull PlanRequest plan) {
    return plans.define(
        requisitionId,
        stage,
        plan.kind(),
        plan.minutes(),
        plan.bufferMinutes() == null ? 0 : plan.bufferMinutes(),
        plan.required(),
        plan.pool() == null ? List.of() : plan.pool(),
        plan.poolCount() == null ? 0 : plan.poolCount(),
        plan.location(),
        plan.reminders(),
        plan.version());
  }
}
