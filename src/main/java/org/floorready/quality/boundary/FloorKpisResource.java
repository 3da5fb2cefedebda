package org.floorready.quality.boundary;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.security.entity.Role;

/** Floor KPIs in: the call-center platform's push, and CSV imports with a saved column mapping. */
@Path("floor-kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of hire")
@RolesAllowed(Role.ADMIN_NAME)
public class FloorKpisResource {
  static final String SOURCE_SYSTEM = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}";

  @Inject FloorKpis kpis;
  @Inject KpiHistory history;
  @Inject Ramps ramps;
  @Inject QualityReport quality;

  /** A target ramp: up to 12 weekly targets (null: none that week) and the weeks in a row. */
  public record TargetRequest(
      @NotNull @Size(max = 12) List<Double> targets,
      @NotNull Integer consecutiveWeeks,
      Long version) {
    public TargetRequest(List<Double> targets, Integer consecutiveWeeks, Long version) {
      this.targets = targets;
      this.consecutiveWeeks = consecutiveWeeks;
      this.version = version;
    }
  }

  static org.floorready.quality.control.Kpi kpi(String name) {
    try {
      return org.floorready.quality.control.Kpi.valueOf(
          name == null ? "" : name.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "kpi",
          "is one of " + java.util.Arrays.toString(org.floorready.quality.control.Kpi.values()));
    }
  }

  @GET
  @Path("report")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME, Role.TRAINER_NAME})
  @Operation(
      summary =
          "Quality of hire: graduates with 8+ weeks on the floor compared on a KPI (kpi=, default"
              + " CONVERSION) at week 4, 8 or 12 (week=, default 8) by source, score_band,"
              + " criterion (each screening criterion met or not), recommendation (the lowest an"
              + " interviewer gave), rubric (mock-call rubric score), class or trainer (by=), with a"
              + " 95 % interval, and 90-day survival; aggregates only")
  public org.floorready.reporting.control.Report report(
      @QueryParam("by") String by,
      @QueryParam("kpi") String kpi,
      @QueryParam("week") Integer week) {
    return quality.run(by, kpi, week);
  }

  @GET
  @Path("criteria")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(
      summary =
          "How agents who met each screening criterion of a requisition (requisition=) did on the"
              + " floor against those who did not: graduates with 8+ weeks on the floor in the"
              + " caller's view, on a KPI (kpi=, default CONVERSION) at week 4, 8 or 12 (week=,"
              + " default 8), with a 95 % interval and 90-day survival; aggregates only")
  public List<QualityReport.CriterionOnFloor> criteria(
      @QueryParam("requisition") Long requisition,
      @QueryParam("kpi") String kpi,
      @QueryParam("week") Integer week) {
    if (requisition == null) {
      throw new InvalidInput("requisition", "is required: the requisition whose criteria to show");
    }
    return quality.criteria(requisition, kpi, week);
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME, Role.TRAINER_NAME})
  @Operation(summary = "The quality-of-hire table as CSV (UTF-8 with a byte order mark)")
  public jakarta.ws.rs.core.Response reportCsv(
      @QueryParam("by") String by,
      @QueryParam("kpi") String kpi,
      @QueryParam("week") Integer week) {
    var r = quality.run(by, kpi, week);
    return jakarta.ws.rs.core.Response.ok(
            org.floorready.reporting.control.ReportCsv.of(r), "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            org.floorready.platform.web.DownloadName.attachment("floorready-quality-of-hire.csv"))
        .build();
  }

  @GET
  @Path("targets")
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME, Role.RECRUITER_NAME})
  @Operation(
      summary =
          "Every KPI with its target ramp (weeks 1–12 on the floor) and the weeks in a row for proficiency")
  public List<Ramps.TargetView> targets() {
    return ramps.targets();
  }

  @jakarta.ws.rs.PUT
  @Path("targets/{kpi}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Set a KPI's target ramp: a target per week on the floor and the weeks in a row that make proficiency")
  public Ramps.TargetView setTarget(
      @PathParam("kpi") String name, @Valid @NotNull TargetRequest t) {
    return ramps.setTarget(kpi(name), t.targets(), t.consecutiveWeeks(), t.version());
  }

  @GET
  @Path("classes/{id}/ramp")
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(
      summary =
          "A class's ramp on the floor in one KPI (kpi=CONVERSION by default): median and middle"
              + " half per week on the floor against the target, and when each person became proficient")
  public Ramps.ClassRamp ramp(@PathParam("id") long id, @QueryParam("kpi") String kpi) {
    return ramps.ofClass(id, kpi(kpi == null || kpi.isBlank() ? "CONVERSION" : kpi));
  }

  /** One agent's KPIs for a day or a week; every value optional. */
  public record PushRow(
      @Size(max = 100) String agentId,
      @Size(max = 254) String email,
      @Size(max = 20) String periodStart,
      Integer periodDays,
      Integer callsHandled,
      Integer ahtSeconds,
      Integer talkSeconds,
      Integer holdSeconds,
      Integer followUps,
      Integer quotes,
      Integer policiesSold,
      BigDecimal qaScore,
      BigDecimal adherence) {
    public PushRow(
        String agentId,
        String email,
        String periodStart,
        Integer periodDays,
        Integer callsHandled,
        Integer ahtSeconds,
        Integer talkSeconds,
        Integer holdSeconds,
        Integer followUps,
        Integer quotes,
        Integer policiesSold,
        BigDecimal qaScore,
        BigDecimal adherence) {
      this.agentId = agentId;
      this.email = email;
      this.periodStart = periodStart;
      this.periodDays = periodDays;
      this.callsHandled = callsHandled;
      this.ahtSeconds = ahtSeconds;
      this.talkSeconds = talkSeconds;
      this.holdSeconds = holdSeconds;
      this.followUps = followUps;
      this.quotes = quotes;
      this.policiesSold = policiesSold;
      this.qaScore = qaScore;
      this.adherence = adherence;
    }

    Map<String, String> texts() {
      Map<String, String> t = new HashMap<>();
      put(t, "agentId", agentId);
      put(t, "email", email);
      put(t, "periodStart", periodStart);
      put(t, "periodDays", periodDays);
      put(t, "callsHandled", callsHandled);
      put(t, "ahtSeconds", ahtSeconds);
      put(t, "talkSeconds", talkSeconds);
      put(t, "holdSeconds", holdSeconds);
      put(t, "followUps", followUps);
      put(t, "quotes", quotes);
      put(t, "policiesSold", policiesSold);
      put(t, "qaScore", qaScore == null ? null : qaScore.toPlainString());
      put(t, "adherence", adherence == null ? null : adherence.toPlainString());
      return t;
    }

    private static void put(Map<String, String> t, String field, Object value) {
      if (value != null) {
        t.put(field, value.toString());
      }
    }
  }

  /** A batch from a source system. */
  public record Push(
      @NotBlank @Pattern(regexp = SOURCE_SYSTEM) String sourceSystem,
      @NotNull List<@NotNull @Valid PushRow> rows) {
    public Push(String sourceSystem, List<PushRow> rows) {
      this.sourceSystem = sourceSystem;
      this.rows = rows;
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
  @Operation(
      summary =
          "Push up to 10,000 rows of agent KPIs (per day or week, each value optional); each row"
              + " is checked and matched by agent id or email on its own, and written over the"
              + " same agent and period; answers the outcome per row")
  public FloorKpis.LoadResult push(@Valid @NotNull Push push) {
    return kpis.push(push.sourceSystem(), push.rows().stream().map(PushRow::texts).toList());
  }

  @POST
  @Path("imports")
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import a KPI CSV (part 'file', up to 200 MB, read as a stream) from 'sourceSystem', its"
              + " columns mapped by 'mapping' (JSON field → column; saved for the source system),"
              + " the saved mapping or the usual names; preview=true stores nothing. Re-importing"
              + " a period replaces what the source system had reported for it")
  public FloorKpis.LoadResult importCsv(
      List<EntityPart> parts, @QueryParam("preview") boolean preview) {
    MultipartForm form =
        new MultipartForm(parts, Set.of("sourceSystem", "mapping"), Set.of("file"), 3);
    String sourceSystem = form.text("sourceSystem").map(String::strip).orElse("");
    if (!sourceSystem.matches(SOURCE_SYSTEM)) {
      throw new InvalidInput(
          "sourceSystem", "name the system the file comes from (letters, digits, up to 60)");
    }
    Map<String, String> mapping = FloorKpis.mapping(form.text("mapping").orElse(null));
    List<EntityPart> files = form.files("file");
    if (files.size() != 1) {
      throw new InvalidInput("file", "send one CSV file");
    }
    try (InputStream in = files.get(0).getContent()) {
      return kpis.importCsv(
          sourceSystem,
          MultipartForm.fileName(files.get(0)).orElse("kpis.csv"),
          in,
          mapping,
          preview);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("new-hires/{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(
      summary =
          "A new hire's KPIs week by week with the week on the floor (1 = the graduation week);"
              + " for admins, the class's trainers and the team's hiring manager")
  public KpiHistory.History history(@PathParam("id") long id) {
    return history.of(id);
  }

  @GET
  @Path("imports")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "The latest 200 KPI loads (imports and pushes) with their counts")
  public List<FloorKpis.ImportView> imports() {
    return kpis.imports();
  }

  @GET
  @Path("mappings/{sourceSystem}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "The column mapping saved for a source system (field → column)")
  public Map<String, String> mapping(@PathParam("sourceSystem") String sourceSystem) {
    return kpis.savedMapping(sourceSystem);
  }
}
