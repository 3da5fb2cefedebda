package org.floorready.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.floorready.notification.control.SmtpSettings;
import org.floorready.notification.entity.OutboxStatus;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.security.entity.Role;

/** Admins read the outbox: what was sent, what waits, what failed and why. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxResource {
  @Inject Outbox outbox;
  @Inject SmtpSettings smtp;

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "List outbox messages, newest first; filter by status, text, related record and template")
  public OutboxView.Listing list(
      @QueryParam("status") OutboxStatus status,
      @QueryParam("q") String query,
      @QueryParam("relatedType") String relatedType,
      @QueryParam("relatedId") String relatedId,
      @QueryParam("templateId") Long templateId,
      @Valid @BeanParam PageRequest page) {
    Page<OutboxView.Item> items =
        outbox
            .list(status, query, relatedType, relatedId, templateId, page)
            .map(OutboxView.Item::of);
    return new OutboxView.Listing(smtp.configured(), items);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One message with its bodies and attachment names")
  public OutboxView.Detail get(@PathParam("id") long id) {
    return OutboxView.Detail.of(outbox.get(id));
  }

  @POST
  @Path("{id}/requeue")
  @Operation(summary = "Queue a failed message again (never one that was sent)")
  public OutboxView.Item requeue(@PathParam("id") long id) {
    return OutboxView.Item.of(outbox.requeue(id));
  }
}
