package org.floorready.candidate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.control.PhoneNumbers;
import org.floorready.candidate.control.ResumeStorage;
import org.floorready.candidate.control.TextExtraction;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.requisition.boundary.Careers;

/** The careers page's apply form (no sign-in): multipart with the resume file. */
@Path("careers/jobs/{slug}/applications")
@Tag(name = "Careers (public)")
@PermitAll
public class CareerApplicationsResource {
  @Inject CareerApplications applications;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject ApplyRateLimit rateLimit;
  @Inject Careers careers;
  @Inject DatabaseMigration database;
  @Context HttpServletRequest request;

  /** What the applicant is told. */
  public record Receipt(String status, String message) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply: parts name, email, phone, resume (file), consent=true, answers (JSON array in question"
      + " order), optional eeoGender, eeoRaceEthnicity, eeoVeteranStatus, eeoDisabilityStatus")
  public Response apply(@PathParam("slug") String slug, List<EntityPart> parts) {
    careers.job(slug);
    MultipartForm form = new MultipartForm(parts);
    Receipt thanks = new Receipt("received", "Thank you! We sent a confirmation to your email address.");
    if (!form.text("website").orElse("").isEmpty()) {
      return Response.accepted(thanks).build();
    }
    rateLimit.check(rateLimit.clientAddress(request.getRemoteAddr(), request::getHeader), Instant.now());
    ApplicationForm data = ApplicationFormReader.read(form);
    String email = ApplicationFormReader.email(data.email());
    String phone = data.phone() == null || data.phone().isBlank() ? null
        : PhoneNumbers.e164(data.phone()).orElseThrow(() -> new InvalidInput("phone", "is not a phone number we can call"));
    List<EntityPart> files = form.files("resume");
    if (files.isEmpty()) {
      throw new InvalidInput("resume", "attach your resume (PDF, Word, RTF, ODT, HTML or text)");
    }
    ResumeStorage.StoredFile stored;
    try (InputStream in = files.get(0).getContent()) {
      stored = storage.store(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    extraction.requireReadableType(stored.path());
    applications.apply(slug, data, email, phone, stored, files.get(0).getFileName().orElse("resume"));
    database.makeDurable();
    return Response.status(Response.Status.CREATED).entity(thanks).build();
  }
}
