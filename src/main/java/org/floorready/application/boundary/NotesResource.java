package org.floorready.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Role;

/** Notes of the hiring team on a person; @mentions email the colleague mentioned. */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class NotesResource {
  @Inject Notes notes;

  @GET
  @Operation(summary = "The notes on a candidate, newest first")
  public List<NoteView> list(@QueryParam("candidate") Long candidateId) {
    if (candidateId == null) {
      throw new InvalidInput("candidate", "is required");
    }
    return notes.views(notes.of(candidateId));
  }

  @POST
  @Operation(summary = "Add a note; @first.last (or @email) mentions a colleague, who is emailed")
  public Response add(@Valid @NotNull NoteView.NewNote note) {
    NoteView created = notes.views(List.of(notes.add(note))).get(0);
    return Response.created(URI.create("notes?candidate=" + created.candidateId()))
        .entity(created)
        .build();
  }
}
