package org.floorready.requisition.boundary;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.security.entity.Role;

/** Requisitions: approved headcount, from draft to filled. */
@Path("requisitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requisitions")
public class RequisitionsResource {
  @Inject Requisitions requisitions;
  @Inject Approvals approvals;

  /** A comment or reason that goes with a decision or a change of state. */
  public record Note(String comment) {}

  /** Who filled an opening. */
  public record Fill(@NotNull String hire) {
    public Fill(String hire) {
      this.hire = hire;
    }
  }

  /** Options of a clone. */
  public record CloneOptions(LocalDate targetStartDate) {}

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "List the requisitions the caller may see; filter by status, team, recruiter, hiring manager, license state, title")
  public Page<RequisitionView.Summary> list(
      @QueryParam("status") RequisitionStatus status,
      @QueryParam("teamId") Long teamId,
      @QueryParam("recruiterId") Long recruiterId,
      @QueryParam("hiringManagerId") Long hiringManagerId,
      @QueryParam("state") String state,
      @QueryParam("q") String query,
      @Valid @BeanParam PageRequest page) {
    var filter =
        new Requisitions.Filter(status, teamId, recruiterId, hiringManagerId, state, query);
    return requisitions.summaries(filter, page);
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Create a requisition as a draft")
  public Response create(@Valid @NotNull RequisitionEdit edit) {
    long id = requisitions.create(edit).id();
    return Response.created(URI.create("requisitions/" + id))
        .entity(requisitions.detail(id))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  @Operation(
      summary =
          "One requisition with openings, approvals, history and the actions the caller may take")
  public RequisitionView.Detail get(@PathParam("id") long id) {
    return requisitions.detail(id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(
      summary =
          "Change a requisition; changing openings or pay of an approved one sends it back for approval")
  public RequisitionView.Detail update(
      @PathParam("id") long id, @Valid @NotNull RequisitionEdit edit) {
    requisitions.update(id, edit);
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Submit a draft for approval; the first approver is emailed")
  public RequisitionView.Detail submit(@PathParam("id") long id) {
    approvals.submit(id);
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  @Operation(summary = "Approve the step waiting for the caller")
  public RequisitionView.Detail approve(@PathParam("id") long id, Note note) {
    approvals.decide(id, true, note == null ? null : note.comment());
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/reject")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME,
    Role.TRAINER_NAME
  })
  @Operation(
      summary =
          "Reject with a comment; the requisition goes back to draft and the requester is told")
  public RequisitionView.Detail reject(@PathParam("id") long id, Note note) {
    approvals.decide(id, false, note == null ? null : note.comment());
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/{action: hold|resume|cancel|reopen}")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Put on hold, resume, cancel (reason required) or reopen")
  public RequisitionView.Detail transition(
      @PathParam("id") long id, @PathParam("action") String action, Note note) {
    requisitions.transition(id, action, note == null ? null : note.comment());
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/openings/{openingId}/fill")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Fill one opening; the requisition is filled when its last opening is")
  public RequisitionView.Detail fill(
      @PathParam("id") long id, @PathParam("openingId") long openingId, @Valid @NotNull Fill fill) {
    requisitions.fill(id, openingId, fill.hire());
    return requisitions.detail(id);
  }

  @POST
  @Path("{id}/clone")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Copy into a new draft, e.g. for next month's class")
  public Response cloneRequisition(@PathParam("id") long id, CloneOptions options) {
    long clone =
        requisitions.cloneAsDraft(id, options == null ? null : options.targetStartDate()).id();
    return Response.created(URI.create("requisitions/" + clone))
        .entity(requisitions.detail(clone))
        .build();
  }
}
