package org.floorready.requisition.boundary;

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
import org.floorready.requisition.entity.Approver;
import org.floorready.security.entity.Role;

/** The approval inbox and each team's approval chain. */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requisitions")
public class ApprovalsResource {
  @Inject Approvals approvals;

  /** A chain step as shown: a user or a role. */
  public record ChainStep(Long userId, String userName, String role) {
    static ChainStep of(Approver a) {
      return new ChainStep(
          a.user() == null ? null : a.user().id(),
          a.user() == null ? null : a.user().displayName(),
          a.role() == null ? null : a.role().name());
    }
  }

  @GET
  @Path("inbox")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  @Operation(summary = "Approval steps waiting for the caller")
  public List<RequisitionView.InboxItem> inbox() {
    return approvals.inbox();
  }

  @GET
  @Path("chains/{teamId}")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "A team's approval chain (empty: the requisition's hiring manager approves)")
  public List<ChainStep> chain(@PathParam("teamId") long teamId) {
    return approvals.chain(teamId).stream().map(ChainStep::of).toList();
  }

  @PUT
  @Path("chains/{teamId}")
  @RolesAllowed({Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "Replace a team's approval chain: an ordered list of {userId} or {role}")
  public List<ChainStep> replaceChain(
      @PathParam("teamId") long teamId, @NotNull List<Approvals.ChainEntry> steps) {
    return approvals.replaceChain(teamId, steps).stream().map(ChainStep::of).toList();
  }
}
