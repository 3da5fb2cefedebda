package org.floorready.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.PageRequest;
import org.floorready.security.entity.Role;

/**
 * Active colleagues by role, for pickers (hiring manager, recruiter, interviewers): names only, no
 * admin data.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class PeopleResource {
  @Inject Users users;

  /** A colleague as pickers show them. */
  @Schema(name = "Person")
  public record Person(long id, String name, String email, String team) {}

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME, Role.TRAINER_NAME})
  @Operation(summary = "Active users holding a role, sorted by name")
  public List<Person> byRole(@QueryParam("role") Role role) {
    return users
        .list(null, role, Boolean.TRUE, PageRequest.of(0, 500, "displayName"))
        .items()
        .stream()
        .map(
            u ->
                new Person(
                    u.id(), u.displayName(), u.email(), u.team() == null ? null : u.team().name()))
        .toList();
  }
}
