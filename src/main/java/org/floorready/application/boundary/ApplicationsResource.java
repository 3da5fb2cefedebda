package org.floorready.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.security.entity.Role;

/** Applications: the list view, one application, its moves, and bulk actions on a selection. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
public class ApplicationsResource {
  @Inject ApplicationList list;
  @Inject Moves moves;
  @Inject BulkActions bulk;
  @Inject ApplicationMails mails;

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "Applications of the requisitions you may see; filter by requisition, stage, minScore, flag,"
              + " source, licensed state, language, tag, assignee, q (name or email); sort by score, appliedAt,"
              + " stageEnteredAt, name, stage")
  public Page<ApplicationSummary> list(
      @QueryParam("requisition") Long requisition,
      @QueryParam("stage") String stage,
      @QueryParam("minScore") Integer minScore,
      @QueryParam("flag") ApplicationFilter.Flag flag,
      @QueryParam("source") IntakeChannel source,
      @QueryParam("state") String licensedState,
      @QueryParam("language") String language,
      @QueryParam("tag") String tag,
      @QueryParam("assignee") Long assignee,
      @QueryParam("q") String text,
      @Valid @BeanParam PageRequest page) {
    return list.list(
        new ApplicationFilter(
            requisition,
            stage,
            minScore,
            flag,
            source,
            licensedState,
            language,
            tag,
            assignee,
            text),
        page);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Operation(
      summary =
          "One application: summary, explained screening score, knock-out, stage history"
              + " (interviewers: of the requisitions they interview for)")
  public ApplicationDetail get(@PathParam("id") long id) {
    return moves.detail(id);
  }

  @POST
  @Path("{id}/moves")
  @Operation(
      summary =
          "Move to a stage (to=REJECTED or WITHDRAWN closes it and needs a reason); send the version"
              + " you saw: a stale one is a 409 with the current state")
  public ApplicationDetail move(@PathParam("id") long id, @Valid @NotNull MoveRequest move) {
    return moves.move(id, move.to(), move.reason(), move.version());
  }

  @POST
  @Path("{id}/reopen")
  @Operation(
      summary =
          "Reopen a rejected or withdrawn application (a knock-out override when it was knocked out);"
              + " needs a reason")
  public ApplicationDetail reopen(@PathParam("id") long id, @Valid @NotNull MoveRequest move) {
    return moves.reopen(id, move.reason(), move.version());
  }

  @GET
  @Path("{id}/email-preview")
  @Operation(summary = "A template filled in with this application's real data")
  public TemplateRenderer.Rendered preview(
      @PathParam("id") long id, @QueryParam("templateId") Long templateId) {
    if (templateId == null) {
      throw new InvalidInput("templateId", "is required");
    }
    return mails.preview(id, templateId);
  }

  @POST
  @Path("bulk")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(
      summary =
          "One action on up to 1,000 applications: MOVE, REJECT (reason, optional templateId), EMAIL"
              + " (templateId), ASSIGN (assigneeId), TAG (tag). Reports each item's outcome; audited as one action.")
  public BulkResult bulk(@Valid @NotNull BulkRequest request) {
    return bulk.run(request);
  }

  @GET
  @Path("bulk/{bulkId}")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "A past bulk action with every item's outcome")
  public BulkResult bulkResult(@PathParam("bulkId") long bulkId) {
    return bulk.get(bulkId);
  }
}
