package org.floorready.requisition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.requisition.control.HeadcountCalculator;
import org.floorready.security.entity.Role;

/** Headcount targets per team and month, against hires and the pipeline. */
@Path("headcount-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Headcount plan")
public class HeadcountPlanResource {
  @Inject HeadcountPlan plan;

  /** The target headcount of a team at the end of a month (YYYY-MM). */
  public record Target(
      @NotNull Long teamId,
      @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be YYYY-MM") String month,
      @NotNull @Min(0) @Max(100000) Integer target) {
    public Target(Long teamId, String month, Integer target) {
      this.teamId = teamId;
      this.month = month;
      this.target = target;
    }
  }

  /** Agents a team had on the floor when the plan started. */
  public record Baseline(@NotNull @Min(0) @Max(100000) Integer agents) {
    public Baseline(Integer agents) {
      this.agents = agents;
    }
  }

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME, Role.RECRUITER_NAME, Role.TRAINER_NAME})
  @Operation(
      summary =
          "Per team and month: target, headcount, hired, in offer, open openings and gap; plus company totals")
  public HeadcountCalculator.Plan get(
      @QueryParam("from") String from, @QueryParam("months") Integer months) {
    int count = months == null ? 6 : months;
    if (count < 1 || count > 24) {
      throw new BadRequestException("months must be between 1 and 24.");
    }
    return plan.plan(month(from), count);
  }

  @PUT
  @Path("targets")
  @RolesAllowed({Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "Set a team's target headcount for a month")
  public HeadcountCalculator.Plan setTarget(@Valid @NotNull Target target) {
    YearMonth month = month(target.month());
    plan.setTarget(target.teamId(), month, target.target());
    return plan.plan(YearMonth.now(ZoneOffset.UTC), 6);
  }

  @PUT
  @Path("baselines/{teamId}")
  @RolesAllowed({Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "Set the agents a team had when the plan started")
  public HeadcountCalculator.Plan setBaseline(
      @PathParam("teamId") long teamId, @Valid @NotNull Baseline baseline) {
    plan.setBaseline(teamId, baseline.agents());
    return plan.plan(YearMonth.now(ZoneOffset.UTC), 6);
  }

  private static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      return YearMonth.now(ZoneOffset.UTC);
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from must be a month such as 2026-12.");
    }
  }
}
