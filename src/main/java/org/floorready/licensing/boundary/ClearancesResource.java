package org.floorready.licensing.boundary;

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

/**
 * For the dialer or CRM (the integration role's token): who may take a call in a state. Ids, NPNs
 * and agent ids only, no personal data.
 */
@Path("clearances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
public class ClearancesResource {
  @Inject Clearances clearances;

  @GET
  @Operation(summary = "Everyone cleared to sell in a state now")
  public List<Clearances.ClearedAgent> cleared(@QueryParam("state") String state) {
    return clearances.clearedIn(state == null ? "" : state);
  }

  @GET
  @Path("agent")
  @Operation(summary = "One agent's clearances by new-hire id, NPN or the platform's agent id")
  public Clearances.AgentClearances agent(
      @QueryParam("newHireId") Long newHireId,
      @QueryParam("npn") String npn,
      @QueryParam("agentId") String agentId) {
    return clearances.agent(newHireId, npn, agentId);
  }
}
