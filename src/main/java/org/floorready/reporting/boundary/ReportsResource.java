package org.floorready.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.web.DownloadName;
import org.floorready.reporting.control.Report;
import org.floorready.reporting.control.ReportCsv;
import org.floorready.security.entity.Role;

/** The reports: each as JSON (definition, figures, chart, table) and its table as CSV. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME, Role.TRAINER_NAME})
public class ReportsResource {
  @Inject Reports reports;

  /** The filters every report takes. */
  public static class Query {
    @QueryParam("from")
    LocalDate from;

    @QueryParam("to")
    LocalDate to;

    @QueryParam("zone")
    String zone;

    @QueryParam("teamId")
    Long teamId;

    @QueryParam("requisitionId")
    Long requisitionId;

    @QueryParam("source")
    Long source;

    @QueryParam("channel")
    String channel;

    @QueryParam("question")
    String question;

    @QueryParam("state")
    String state;

    @QueryParam("by")
    String by;

    Reports.Filters filters() {
      return new Reports.Filters(
          from, to, zone, teamId, requisitionId, source, channel, state, by, question);
    }
  }

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.TRAINER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(summary = "The reports the caller may open (none for interviewers)")
  public List<Reports.ReportKind> list() {
    return reports.available();
  }

  @GET
  @Path("dashboard")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.TRAINER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(
      summary =
          "The home page's to-do counts for the caller (failed parses, interviews to schedule,"
              + " offers out, scorecards due, interviews today; null: not theirs) and, for admins,"
              + " the forecast of reaching the headcount target at the current pace")
  public Reports.Dashboard dashboard() {
    return reports.dashboard();
  }

  @GET
  @Path("{name}")
  @Operation(
      summary =
          "One report (funnel, time-in-stage, time-to-fill, time-to-hire, offers, interviews, licensing,"
              + " attrition, headcount, sources; for admins eeo-applicants and eeo-selection) over"
              + " days from–to in the viewer's zone (default the last 90 days), optionally for a"
              + " team, requisition, recruiting source (id), intake channel or state; funnel also"
              + " by=source|channel|requisition|team; EEO reports question=gender|race|veteran|"
              + "disability")
  public Report report(@PathParam("name") String name, @BeanParam Query q) {
    return reports.run(name, q.filters());
  }

  @GET
  @Path("{name}.csv")
  @Produces("text/csv")
  @Operation(summary = "A report's table as CSV (UTF-8 with a byte order mark, ISO dates)")
  public Response csv(@PathParam("name") String name, @BeanParam Query q) {
    Report r = reports.run(name, q.filters());
    return Response.ok(ReportCsv.of(r), "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            DownloadName.attachment(
                "floorready-" + r.name() + "-" + r.from() + "-to-" + r.to() + ".csv"))
        .build();
  }
}
