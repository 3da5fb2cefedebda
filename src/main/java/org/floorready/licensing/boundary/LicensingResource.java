package org.floorready.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.StateRequirement;
import org.floorready.platform.RequestTooLarge;
import org.floorready.security.entity.Role;

/** State requirements (and their CSV), carriers and certifications, and the licensing roster. */
@Path("licensing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME, Role.RECRUITER_NAME})
public class LicensingResource {
  static final int MAX_CSV_BYTES = 1024 * 1024;

  @Inject Requirements requirements;
  @Inject Catalog catalog;
  @Inject Clearances clearances;
  @Inject LicenseImport licenseImport;
  @Inject Deadlines deadlines;
  @Inject ExpiryReminders reminders;

  /** A requirement version: the state, line and day it takes effect, and its values. */
  public record RequirementRequest(
      @NotBlank @Size(max = 2) String state,
      @NotNull LineOfAuthority line,
      @NotNull LocalDate effectiveFrom,
      Integer prelicensingHours,
      @Size(max = 100) String examVendor,
      Boolean fingerprints,
      Integer renewalMonths,
      Integer ceHours,
      Boolean nonResidentExam,
      Boolean appointmentRequired,
      @Size(max = 1000) String notes,
      Boolean verified) {
    public RequirementRequest(
        String state,
        LineOfAuthority line,
        LocalDate effectiveFrom,
        Integer prelicensingHours,
        String examVendor,
        Boolean fingerprints,
        Integer renewalMonths,
        Integer ceHours,
        Boolean nonResidentExam,
        Boolean appointmentRequired,
        String notes,
        Boolean verified) {
      this.state = state;
      this.line = line;
      this.effectiveFrom = effectiveFrom;
      this.prelicensingHours = prelicensingHours;
      this.examVendor = examVendor;
      this.fingerprints = fingerprints;
      this.renewalMonths = renewalMonths;
      this.ceHours = ceHours;
      this.nonResidentExam = nonResidentExam;
      this.appointmentRequired = appointmentRequired;
      this.notes = notes;
      this.verified = verified;
    }

    StateRequirement.Values values() {
      range("prelicensingHours", prelicensingHours, 0, 1000);
      range("renewalMonths", renewalMonths, 1, 120);
      range("ceHours", ceHours, 0, 500);
      return new StateRequirement.Values(
          prelicensingHours,
          blankToNull(examVendor),
          fingerprints,
          renewalMonths,
          ceHours,
          nonResidentExam,
          appointmentRequired,
          blankToNull(notes),
          verified != null && verified);
    }

    private static void range(String field, Integer value, int min, int max) {
      if (value != null && (value < min || value > max)) {
        throw new org.floorready.platform.InvalidInput(field, "must be " + min + " to " + max);
      }
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  /** A carrier, the teams selling for it, and whether it is in use (default yes). */
  public record CarrierRequest(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 50) Set<@NotNull Long> teamIds,
      Boolean active) {
    public CarrierRequest(String name, Set<Long> teamIds, Boolean active) {
      this.name = name;
      this.teamIds = teamIds;
      this.active = active;
    }

    Set<Long> teams() {
      return teamIds == null ? Set.of() : teamIds;
    }
  }

  /**
   * A certification: validity in months (empty: none), the states needing it (empty: all), the
   * teams needing it (empty: all), and whether it is in use (default yes).
   */
  public record CertificationRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull Certification.Kind kind,
      Integer validityMonths,
      @Size(max = 51) Set<@NotNull String> states,
      @Size(max = 50) Set<@NotNull Long> teamIds,
      Boolean active) {
    public CertificationRequest(
        String name,
        Certification.Kind kind,
        Integer validityMonths,
        Set<String> states,
        Set<Long> teamIds,
        Boolean active) {
      this.name = name;
      this.kind = kind;
      this.validityMonths = validityMonths;
      this.states = states;
      this.teamIds = teamIds;
      this.active = active;
    }

    Catalog.CertificationEdit edit() {
      return new Catalog.CertificationEdit(
          name.strip(),
          kind,
          validityMonths,
          states == null ? Set.of() : states,
          teamIds == null ? Set.of() : teamIds);
    }
  }

  @GET
  @Path("requirements")
  @Operation(summary = "State requirements per line: every version, or the current ones")
  public List<Requirements.RequirementView> requirements(
      @QueryParam("state") String state,
      @QueryParam("current") @DefaultValue("false") boolean current) {
    return requirements.list(state, current);
  }

  @POST
  @Path("requirements")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a requirement version (a new effective date) or correct one")
  public Requirements.RequirementView change(@Valid @NotNull RequirementRequest r) {
    return requirements.change(r.state(), r.line(), r.effectiveFrom(), r.values());
  }

  @GET
  @Path("requirements.csv")
  @Produces("text/csv")
  @Operation(summary = "Every requirement version as CSV (for a spreadsheet)")
  public Response export() {
    return Response.ok(requirements.csv(), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"state-requirements.csv\"")
        .build();
  }

  /** How many rows a CSV import took in. */
  public record Imported(int rows) {}

  @POST
  @Path("requirements.csv")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Import requirement versions from CSV: all rows, or none when any is bad")
  public Imported importCsv(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new org.floorready.platform.InvalidInput("body", "send the CSV as the request body");
    }
    if (csv.length() > MAX_CSV_BYTES) {
      throw new RequestTooLarge("The CSV", MAX_CSV_BYTES);
    }
    return new Imported(requirements.importCsv(csv));
  }

  @POST
  @Path("license-records.csv")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
  @Operation(
      summary =
          "License records from a state lookup or a licensing vendor, matched by NPN: a preview"
              + " (preview=true) or the import, with each row's outcome")
  public LicenseImport.LicenseImportResult importLicenses(
      @QueryParam("preview") @DefaultValue("false") boolean preview, String csv) {
    if (csv == null || csv.isBlank()) {
      throw new org.floorready.platform.InvalidInput("body", "send the CSV as the request body");
    }
    if (csv.length() > MAX_CSV_BYTES) {
      throw new RequestTooLarge("The CSV", MAX_CSV_BYTES);
    }
    return licenseImport.run(csv, preview);
  }

  /** A requisition's licensing deadline in days after the hire (null: none). */
  public record DeadlineRequest(Integer days) {
    public DeadlineRequest(Integer days) {
      this.days = days;
    }
  }

  @GET
  @Path("deadlines/{requisitionId}")
  @Operation(summary = "A requisition's licensing deadline: resident license within N days of hire")
  public Deadlines.DeadlineView deadline(@PathParam("requisitionId") long requisitionId) {
    return deadlines.get(requisitionId);
  }

  @PUT
  @Path("deadlines/{requisitionId}")
  @Operation(summary = "Set (days, 1–365) or remove (null) a requisition's licensing deadline")
  public Deadlines.DeadlineView setDeadline(
      @PathParam("requisitionId") long requisitionId, @Valid @NotNull DeadlineRequest d) {
    return deadlines.set(requisitionId, d.days());
  }

  @POST
  @Path("recomputation")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Recompute every clearance now (the licensing-clearances job does it hourly), timed")
  public Clearances.Recomputation recompute() {
    return clearances.recomputeNow();
  }

  /** How many reminders one run sent. */
  public record RemindersSent(int sent) {}

  @POST
  @Path("reminders")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Send the expiry reminders due today now, on this node (the licensing-reminders job does"
              + " it daily); each is sent once however many run at the same time")
  public RemindersSent remind() {
    return new RemindersSent(reminders.remind(java.time.LocalDate.now()));
  }

  @GET
  @Path("catalog")
  @Operation(summary = "Carriers (with the teams selling for them) and certifications")
  public Catalog.CatalogView catalog() {
    return catalog.list();
  }

  @POST
  @Path("carriers")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a carrier and the teams that sell for it")
  public Response addCarrier(@Valid @NotNull CarrierRequest c) {
    return Response.status(Response.Status.CREATED)
        .entity(catalog.addCarrier(c.name().strip(), c.teams()))
        .build();
  }

  @PUT
  @Path("carriers/{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a carrier: its name, the teams selling for it, or retire it")
  public Catalog.CarrierView changeCarrier(
      @PathParam("id") long id, @Valid @NotNull CarrierRequest c) {
    return catalog.changeCarrier(id, c.name().strip(), c.teams(), c.active() == null || c.active());
  }

  @POST
  @Path("certifications")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a certification to the catalog")
  public Response addCertification(@Valid @NotNull CertificationRequest c) {
    return Response.status(Response.Status.CREATED)
        .entity(catalog.addCertification(c.edit()))
        .build();
  }

  @PUT
  @Path("certifications/{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Change a certification (validity, the states and teams needing it) or retire it; people"
              + " keep what they earned")
  public Catalog.CertificationItem changeCertification(
      @PathParam("id") long id, @Valid @NotNull CertificationRequest c) {
    return catalog.changeCertification(id, c.edit(), c.active() == null || c.active());
  }

  @GET
  @Path("roster")
  @Operation(
      summary =
          "People × states of a class (its trainers) or a team (its hiring manager): cleared, amber"
              + " or red with what is missing; optionally only those cleared in a state")
  public Clearances.LicensingRoster roster(
      @QueryParam("classId") Long classId,
      @QueryParam("teamId") Long teamId,
      @QueryParam("state") String state,
      @QueryParam("cleared") @DefaultValue("false") boolean cleared) {
    return clearances.roster(classId, teamId, state, cleared);
  }
}
