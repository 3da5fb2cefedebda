package org.floorready.resume.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;

/** The skill taxonomy: the built-in terms, and the ones admins add (used by every later parse). */
@Path("skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class SkillsResource {
  @Inject Skills skills;

  /** A skill to add, with the other ways resumes write it. */
  public record NewSkill(
      @NotBlank @Size(max = 120) String name, @NotNull List<@NotBlank String> aliases) {
    public NewSkill(String name, List<String> aliases) {
      this.name = name;
      this.aliases = aliases == null ? List.of() : aliases;
    }
  }

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Every skill the parser recognizes: built-in and added by admins")
  public List<Skills.Term> all() {
    return skills.all();
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a skill (and its aliases) to the taxonomy")
  public Response add(@Valid @NotNull NewSkill term) {
    return Response.status(Response.Status.CREATED)
        .entity(skills.add(term.name(), term.aliases()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response remove(@PathParam("id") long id) {
    skills.remove(id);
    return Response.noContent().build();
  }
}
