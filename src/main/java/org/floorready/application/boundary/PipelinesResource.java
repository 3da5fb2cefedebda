package org.floorready.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.Pipeline.Stage;
import org.floorready.security.entity.Role;

/** A requisition's pipeline: its board and its stages. */
@Path("pipelines/{requisitionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class PipelinesResource {
  @Inject Board board;
  @Inject Pipelines pipelines;

  @GET
  @Operation(
      summary =
          "The board: a column per stage with counts and cards (best score first), closed counts")
  public BoardView board(@PathParam("requisitionId") long requisitionId) {
    return board.of(requisitionId);
  }

  @GET
  @Path("stages")
  @Operation(summary = "The requisition's stages in order (the default pipeline until adjusted)")
  public List<Pipeline.Stage> stages(@PathParam("requisitionId") long requisitionId) {
    return pipelines.visible(requisitionId).stages();
  }

  @PUT
  @Path("stages")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(
      summary =
          "Adjust the stages: rename, reorder, add (no key), remove (only when empty), mark interviews."
              + " Applied stays first, Hired last, Offer stays.")
  public List<Pipeline.Stage> adjust(
      @PathParam("requisitionId") long requisitionId, @NotNull List<@NotNull Stage> stages) {
    return pipelines.adjust(requisitionId, stages).stages();
  }
}
