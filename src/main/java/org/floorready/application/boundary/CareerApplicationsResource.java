package org.floorready.application.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The careers page's apply form (no sign-in): multipart with the resume file. */
@Path("careers/jobs/{slug}/applications")
@Tag(name = "Careers (public)")
@PermitAll
public class CareerApplicationsResource {
  @Inject CareerApplications applications;

  /** What the applicant is told. */
  public record Receipt(String status, String message) {}

  private static final Receipt THANKS =
      new Receipt("received", "Thank you! We sent a confirmation to your email address.");

  @POST
  @ApplyRateLimit.Limited
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Apply: parts name, email, phone, resume (file), consent=true, answers (JSON array in question"
              + " order), optional eeoGender, eeoRaceEthnicity, eeoVeteranStatus, eeoDisabilityStatus")
  public Response apply(@PathParam("slug") String slug, List<EntityPart> parts) {
    boolean filed = applications.apply(slug, parts);
    return Response.status(filed ? Response.Status.CREATED : Response.Status.ACCEPTED)
        .entity(THANKS)
        .build();
  }
}
