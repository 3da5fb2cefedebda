package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;

/** The trainer's home: my classes, today's sessions, at-risk people, assessments to grade. */
@Path("training/home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME})
public class TrainerHomeResource {
  @Inject Rosters rosters;

  @GET
  @Operation(summary = "My classes, today's sessions, at-risk people and assessments to grade")
  public Rosters.TrainerHome home() {
    return rosters.home();
  }
}
