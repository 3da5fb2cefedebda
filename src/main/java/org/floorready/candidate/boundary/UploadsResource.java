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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.control.ResumeStorage;
import org.floorready.candidate.control.TextExtraction;
import org.floorready.candidate.control.ZipEntries;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.PagedOperations;
import org.floorready.platform.Refusal;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.security.entity.Role;

/** Bulk intake: one or many resumes, or zips of up to 500, into a requisition or the talent pool. */
@Path("uploads")
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
public class UploadsResource {
  @Inject Uploads uploads;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject DatabaseMigration database;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload parts named 'files' (resumes or .zip archives) and optional 'requisitionId'; parsing"
      + " runs in the background, follow it at the returned batch")
  public Response upload(List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    Long requisitionId = form.text("requisitionId").filter(s -> !s.isBlank()).map(s -> {
      try {
        return Long.valueOf(s);
      } catch (NumberFormatException e) {
        throw new InvalidInput("requisitionId", "must be a requisition id");
      }
    }).orElse(null);
    List<Uploads.Received> received = new ArrayList<>();
    for (EntityPart part : form.files("files")) {
      String name = part.getFileName().orElse("resume");
      try (InputStream in = part.getContent()) {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
          received.addAll(ZipEntries.read(name, in, this::store, (file, why) -> new Uploads.Received(file, null, why)));
        } else {
          received.add(store(name, in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    long batch = uploads.receive(received, requisitionId);
    // answered 202 only once the batch would survive a crash
    database.makeDurable();
    return Response.accepted(uploads.progress(batch)).location(URI.create("uploads/" + batch)).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(summary = "Past uploads, newest first, with their files' outcome counts and whether parsing still runs;"
      + " filters: requisitionId, mine=true (only the caller's)")
  public Page<Uploads.BatchSummary> list(@QueryParam("requisitionId") Long requisitionId,
      @QueryParam("mine") boolean mine, @Valid @BeanParam PageRequest page) {
    return uploads.list(requisitionId, mine, page);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Progress of an upload and each file's outcome: created, matched, possible duplicate or failed")
  public Uploads.Progress progress(@PathParam("id") long id) {
    return uploads.progress(id);
  }

  private Uploads.Received store(String fileName, InputStream in) {
    try {
      ResumeStorage.StoredFile stored = storage.store(in);
      // a file that is no resume format fails at once, with its reason, instead of after queuing
      extraction.requireReadableType(stored.path());
      return new Uploads.Received(fileName, stored, null);
    } catch (Refusal refusal) {
      return new Uploads.Received(fileName, null, refusal.getMessage());
    }
  }
}
