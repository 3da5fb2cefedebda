package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.AttendanceMark;

/** One session of a class: its roll call, and changes to it. */
@Path("training/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
public class SessionsResource {
  @Inject RollCall rollCall;
  @Inject Classes classes;

  /** One person's attendance mark, with an optional note. */
  public record MarkRequest(
      @NotNull Long newHireId, @NotNull AttendanceMark mark, @Size(max = 500) String note) {
    public MarkRequest(Long newHireId, AttendanceMark mark, String note) {
      this.newHireId = newHireId;
      this.mark = mark;
      this.note = note;
    }
  }

  /** A roll call: everyone unmarked present (optional), then the exceptions. */
  public record RollCallRequest(
      Boolean allPresent, @Size(max = 200) List<@NotNull @Valid MarkRequest> marks) {
    public RollCallRequest(Boolean allPresent, List<MarkRequest> marks) {
      this.allPresent = allPresent;
      this.marks = marks;
    }
  }

  @GET
  @Operation(summary = "The session's roll call: the people expected and their marks")
  public RollCall.SessionRollCall get(@PathParam("id") long id) {
    return rollCall.get(id);
  }

  @PUT
  @Operation(summary = "Move, retime, retopic or cancel a session")
  public Classes.SessionView edit(
      @PathParam("id") long id, @Valid @NotNull ClassesResource.SessionRequest s) {
    return classes.editSession(
        id,
        s.moduleId(),
        s.day(),
        s.startsAt(),
        s.endsAt(),
        s.topic(),
        s.cancelled() != null && s.cancelled(),
        s.version());
  }

  @PUT
  @Path("attendance")
  @Operation(
      summary =
          "Take roll call: allPresent marks everyone not yet marked present, then each mark"
              + " applies; a person outside the class refuses the whole request")
  public RollCall.SessionRollCall attendance(
      @PathParam("id") long id, @Valid @NotNull RollCallRequest request) {
    List<RollCall.Mark> marks =
        request.marks() == null
            ? List.of()
            : request.marks().stream()
                .map(m -> new RollCall.Mark(m.newHireId(), m.mark(), m.note()))
                .toList();
    return rollCall.save(id, request.allPresent() != null && request.allPresent(), marks);
  }
}
