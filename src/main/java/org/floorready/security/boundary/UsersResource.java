package org.floorready.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.security.entity.Role;

/** User administration. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {
  @Inject Users users;

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(summary = "List users; filter by text, role and enabled")
  public Page<UserView> list(
      @QueryParam("q") String query,
      @QueryParam("role") Role role,
      @QueryParam("enabled") Boolean enabled,
      @Valid @BeanParam PageRequest page) {
    return users.list(query, role, enabled, page).map(UserView::of);
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.get(id));
  }

  @POST
  @Operation(summary = "Create a user with roles and a first password; emails the person")
  public Response create(@Valid @NotNull UserView.NewUser request) {
    UserView created = UserView.of(users.create(request));
    return Response.created(URI.create("users/" + created.id())).entity(created).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change name, roles, time zone, team; enabled=false disables and signs the user out")
  public UserView update(@PathParam("id") long id, @Valid @NotNull UserView.Change change) {
    return UserView.of(users.update(id, change));
  }

  @POST
  @Path("{id}/password")
  @Operation(summary = "Set a new password; ends the user's sessions")
  public UserView resetPassword(
      @PathParam("id") long id, @Valid @NotNull UserView.PasswordReset reset) {
    return UserView.of(users.resetPassword(id, reset.password()));
  }
}
