package org.floorready.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;

/** Teams: everyone signed in reads them, admins change them. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamsResource {
  @Inject Teams teams;

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  public List<TeamView> list() {
    return teams.all().stream().map(TeamView::of).toList();
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  public Response create(@Valid @NotNull TeamView.Edit edit) {
    TeamView team = TeamView.of(teams.create(edit));
    return Response.created(URI.create("teams/" + team.id())).entity(team).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  public TeamView update(@PathParam("id") long id, @Valid @NotNull TeamView.Edit edit) {
    return TeamView.of(teams.update(id, edit));
  }
}
