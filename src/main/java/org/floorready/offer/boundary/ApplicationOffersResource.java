package org.floorready.offer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The offers of one application: the history, and a new offer. */
@Path("applications/{id}/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class ApplicationOffersResource {
  @Inject Offers offers;

  @GET
  @Operation(summary = "The offers of an application, newest first (history kept)")
  public List<OfferView> list(@PathParam("id") long applicationId) {
    return offers.of(applicationId);
  }

  @POST
  @Operation(
      summary =
          "Make an offer into a class: needs approval when pay is outside the requisition's range"
              + " or askApproval is set")
  public Response create(
      @PathParam("id") long applicationId, @Valid @NotNull OffersResource.OfferRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(offers.create(applicationId, request.input()))
        .build();
  }
}
