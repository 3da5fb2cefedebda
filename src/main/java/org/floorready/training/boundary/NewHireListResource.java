package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.NewHireStatus;

/** The new hires the caller may see (a hiring manager: their team's). */
@Path("training/new-hires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.HIRING_MANAGER_NAME})
public class NewHireListResource {
  @Inject NewHireList list;

  @GET
  @Operation(
      summary =
          "New hires the caller may see, newest class first (admins: all; trainers: their"
              + " classes; hiring managers: their team), optionally of one status")
  public List<NewHireList.Item> list(@QueryParam("status") NewHireStatus status) {
    return list.list(status);
  }
}
