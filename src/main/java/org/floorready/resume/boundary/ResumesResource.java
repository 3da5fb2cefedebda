package org.floorready.resume.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ProfileReader;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.control.TextExtraction;
import org.floorready.resume.entity.ResumeProfile;
import org.floorready.security.entity.Role;

/** Parse-only, for integrations and evaluation: nothing is kept. */
@Path("resumes")
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
public class ResumesResource {
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject ProfileReader reader;
  @Inject Skills skills;

  @POST
  @Path("parse")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Parse one resume (multipart part 'file') into a structured profile; stores nothing")
  public ResumeProfile parse(List<EntityPart> parts) {
    List<EntityPart> files = new MultipartForm(parts, Set.of(), Set.of("file"), 1).files("file");
    if (files.isEmpty()) {
      throw new InvalidInput("file", "send the resume as the multipart part 'file'");
    }
    try (InputStream in = files.get(0).getContent()) {
      return storage.withTemporaryCopy(
          in,
          path -> {
            ExtractedText text = extraction.extract(path);
            skills.refreshIfChanged();
            return reader.read(text);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
