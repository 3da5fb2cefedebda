package org.floorready.licensing.boundary;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.web.DownloadName;
import org.floorready.security.entity.Role;

/** A new hire's licensing: identity, each state's steps, certifications. */
@Path("licensing/people/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME})
public class LicensingPeopleResource {
  @Inject Journeys journeys;
  @Inject EvidenceFiles evidence;

  /** NPN (digits, up to 10), resident state, the call-center platform's agent id. */
  public record Identity(
      @Size(max = 10) String npn,
      @Size(max = 2) String residentState,
      @Size(max = 100) String agentId,
      Long version) {
    public Identity(String npn, String residentState, String agentId, Long version) {
      this.npn = npn;
      this.residentState = residentState;
      this.agentId = agentId;
      this.version = version;
    }
  }

  /** A state to add, with the lines needed there. */
  public record StateRequest(
      @NotBlank @Size(max = 2) String state, @Size(max = 5) List<@NotNull LineOfAuthority> lines) {
    public StateRequest(String state, List<LineOfAuthority> lines) {
      this.state = state;
      this.lines = lines;
    }
  }

  /** The pre-licensing course. */
  public record Course(
      @Size(max = 200) String provider, Integer hoursDone, @NotNull LocalDate doneOn) {
    public Course(String provider, Integer hoursDone, LocalDate doneOn) {
      this.provider = provider;
      this.hoursDone = hoursDone;
      this.doneOn = doneOn;
    }
  }

  /** An exam sitting: scheduled, or taken with its result. */
  public record ExamRequest(
      @Size(max = 100) String vendor,
      LocalDate scheduledOn,
      LocalDate takenOn,
      Boolean passed,
      Integer score) {
    public ExamRequest(
        String vendor, LocalDate scheduledOn, LocalDate takenOn, Boolean passed, Integer score) {
      this.vendor = vendor;
      this.scheduledOn = scheduledOn;
      this.takenOn = takenOn;
      this.passed = passed;
      this.score = score;
    }
  }

  /** A day something was done. */
  public record Done(@NotNull LocalDate on) {
    public Done(LocalDate on) {
      this.on = on;
    }
  }

  /** The license application. */
  public record LicenseApplication(
      @NotNull LocalDate submittedOn, @Size(max = 100) String tracking) {
    public LicenseApplication(LocalDate submittedOn, String tracking) {
      this.submittedOn = submittedOn;
      this.tracking = tracking;
    }
  }

  /** The license as issued (verified false: held at hire, to be checked). */
  public record LicenseRequest(
      @NotBlank @Size(max = 50) String number,
      @NotNull @Size(min = 1, max = 5) List<@NotNull LineOfAuthority> lines,
      @NotNull LocalDate issuedOn,
      LocalDate expiresOn,
      Boolean verified) {
    public LicenseRequest(
        String number,
        List<LineOfAuthority> lines,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Boolean verified) {
      this.number = number;
      this.lines = lines;
      this.issuedOn = issuedOn;
      this.expiresOn = expiresOn;
      this.verified = verified;
    }
  }

  /** An appointment with a carrier, or its end. */
  public record AppointmentRequest(
      @NotBlank @Size(max = 200) String carrier,
      @NotNull LocalDate appointedOn,
      LocalDate terminatedOn) {
    public AppointmentRequest(String carrier, LocalDate appointedOn, LocalDate terminatedOn) {
      this.carrier = carrier;
      this.appointedOn = appointedOn;
      this.terminatedOn = terminatedOn;
    }
  }

  /** A certification earned. */
  public record Earned(@NotNull Long certificationId, LocalDate earnedOn, LocalDate expiresOn) {
    public Earned(Long certificationId, LocalDate earnedOn, LocalDate expiresOn) {
      this.certificationId = certificationId;
      this.earnedOn = earnedOn;
      this.expiresOn = expiresOn;
    }
  }

  @GET
  @Operation(
      summary = "The person's licensing: identity, steps per state, clearances, certifications")
  public LicensingView get(@PathParam("id") long id) {
    return journeys.view(id);
  }

  @PUT
  @Path("identity")
  @Operation(summary = "Record the NPN (one per person), resident state and platform agent id")
  public LicensingView identify(@PathParam("id") long id, @Valid @NotNull Identity i) {
    return journeys.identify(id, i.npn(), i.residentState(), i.agentId(), i.version());
  }

  @POST
  @Path("states")
  @Operation(summary = "Add a state (and the lines needed there) to the journey")
  public LicensingView addState(@PathParam("id") long id, @Valid @NotNull StateRequest s) {
    return journeys.addState(id, s.state(), s.lines() == null ? Set.of() : Set.copyOf(s.lines()));
  }

  @PUT
  @Path("states/{state}/prelicensing")
  @Operation(summary = "Record the pre-licensing course completed")
  public LicensingView course(
      @PathParam("id") long id, @PathParam("state") String state, @Valid @NotNull Course c) {
    return journeys.step(
        id,
        state,
        "Pre-licensing course recorded",
        s -> s.license().prelicensing(c.provider(), c.hoursDone(), c.doneOn(), s.today()));
  }

  @POST
  @Path("states/{state}/exams")
  @Operation(summary = "Schedule an exam, or record the result of the scheduled one")
  public LicensingView exam(
      @PathParam("id") long id, @PathParam("state") String state, @Valid @NotNull ExamRequest e) {
    return journeys.step(
        id,
        state,
        "Exam recorded",
        s ->
            s.license()
                .exam(
                    e.vendor(),
                    e.scheduledOn(),
                    e.takenOn(),
                    e.passed(),
                    e.score(),
                    s.by(),
                    java.time.Instant.now(),
                    s.today()));
  }

  @PUT
  @Path("states/{state}/fingerprints")
  @Operation(summary = "Record fingerprints and the background check done")
  public LicensingView fingerprints(
      @PathParam("id") long id, @PathParam("state") String state, @Valid @NotNull Done d) {
    return journeys.step(
        id, state, "Fingerprints recorded", s -> s.license().fingerprints(d.on(), s.today()));
  }

  @PUT
  @Path("states/{state}/application")
  @Operation(summary = "Record the license application (non-resident: after the resident license)")
  public LicensingView application(
      @PathParam("id") long id,
      @PathParam("state") String state,
      @Valid @NotNull LicenseApplication a) {
    return journeys.step(
        id,
        state,
        "License application recorded",
        s -> s.license().apply(a.submittedOn(), a.tracking(), s.residentIssued(), s.today()));
  }

  @PUT
  @Path("states/{state}/license")
  @Operation(summary = "Record the license issued (number, lines, dates)")
  public LicensingView license(
      @PathParam("id") long id,
      @PathParam("state") String state,
      @Valid @NotNull LicenseRequest l) {
    return journeys.step(
        id,
        state,
        "License recorded",
        s ->
            s.license()
                .issue(
                    l.number().strip(),
                    EnumSet.copyOf(l.lines()),
                    l.issuedOn(),
                    l.expiresOn(),
                    l.verified() == null || l.verified(),
                    s.today()));
  }

  @POST
  @Path("states/{state}/license/verification")
  @Operation(summary = "Confirm a license held at hire after checking it with the state")
  public LicensingView verify(@PathParam("id") long id, @PathParam("state") String state) {
    return journeys.step(id, state, "License verified", s -> s.license().verifyLicense());
  }

  @POST
  @Path("states/{state}/appointments")
  @Operation(summary = "Record an appointment with a carrier (or its end)")
  public LicensingView appoint(
      @PathParam("id") long id,
      @PathParam("state") String state,
      @Valid @NotNull AppointmentRequest a) {
    return journeys.step(
        id,
        state,
        "Appointment recorded",
        s ->
            s.license().appoint(a.carrier().strip(), a.appointedOn(), a.terminatedOn(), s.today()));
  }

  @POST
  @Path("evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Upload evidence (PDF, PNG or JPEG) for a step (item TX:LICENSE) or a certification"
              + " (item certification:ID): parts 'item', then 'file'")
  public LicensingView upload(@PathParam("id") long id, List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts, Set.of("item"), Set.of("file"), 2);
    List<EntityPart> files = form.files("file");
    if (files.isEmpty()) {
      throw new InvalidInput("file", "send the evidence as the multipart part 'file'");
    }
    try (InputStream in = files.get(0).getContent()) {
      return evidence.upload(
          id, form.text("item").orElse(""), MultipartForm.fileName(files.get(0)).orElse(null), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("evidence/{evidenceId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "One evidence file as uploaded")
  public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    EvidenceFiles.Download d = evidence.download(id, evidenceId);
    return Response.ok(d.path().toFile(), d.contentType())
        .header("Content-Disposition", DownloadName.attachment(d.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("certifications")
  @Operation(summary = "Record a certification earned (expiry from its validity unless given)")
  public LicensingView earn(@PathParam("id") long id, @Valid @NotNull Earned e) {
    return journeys.earn(id, e.certificationId(), e.earnedOn(), e.expiresOn());
  }
}
