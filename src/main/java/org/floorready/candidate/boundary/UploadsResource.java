package org.floorready.candidate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.security.entity.Role;

/**
 * Bulk intake: one or many resumes, or zips of up to 500, into a requisition or the talent pool.
 */
@Path("uploads")
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
public class UploadsResource {
  @Inject Uploads uploads;
  @Inject BulkIntake intake;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Upload parts named 'files' (resumes or .zip archives) and optional 'requisitionId'; parsing"
              + " runs in the background, follow it at the returned batch")
  public Response upload(List<EntityPart> parts) {
    Uploads.Progress progress = intake.upload(parts);
    return Response.accepted(progress)
        .location(URI.create("uploads/" + progress.batchId()))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "Past uploads, newest first, with their files' outcome counts and whether parsing still runs;"
              + " filters: requisitionId, mine=true (only the caller's)")
  public Page<Uploads.BatchSummary> list(
      @QueryParam("requisitionId") Long requisitionId,
      @QueryParam("mine") boolean mine,
      @Valid @BeanParam PageRequest page) {
    return uploads.list(requisitionId, mine, page);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Progress of an upload and each file's outcome: created, matched, possible duplicate or failed")
  public Uploads.Progress progress(@PathParam("id") long id) {
    return uploads.progress(id);
  }
}
