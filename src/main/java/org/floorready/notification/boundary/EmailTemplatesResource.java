package org.floorready.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.notification.entity.TemplatePurpose;
import org.floorready.security.entity.Role;

/**
 * Email templates: recruiters read them (to pick one when emailing candidates), admins change them.
 * Which messages a template sent: {@code GET /api/v1/outbox?templateId=}.
 */
@Path("email-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Email templates")
public class EmailTemplatesResource {
  @Inject EmailTemplates templates;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "Templates by purpose and name; inactive ones only with all=true")
  public List<TemplateView> list(
      @QueryParam("purpose") TemplatePurpose purpose, @QueryParam("all") boolean all) {
    Map<Long, Long> sent = templates.sentCounts();
    return templates.list(purpose, !all).stream()
        .map(t -> TemplateView.of(t, sent.getOrDefault(t.id(), 0L)))
        .toList();
  }

  @GET
  @Path("placeholders")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
  @Operation(summary = "The placeholders a template may use, with what each stands for")
  public Map<String, String> placeholders() {
    return TemplateRenderer.PLACEHOLDERS;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
  public TemplateView get(@PathParam("id") long id) {
    return TemplateView.of(templates.get(id), templates.sentCount(id));
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Create a template; unknown placeholders are refused")
  public Response create(@Valid @NotNull TemplateEdit edit) {
    TemplateView created = TemplateView.of(templates.create(edit), 0);
    return Response.created(URI.create("email-templates/" + created.id())).entity(created).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Change a template (send its version; a stale one is a 409)")
  public TemplateView update(@PathParam("id") long id, @Valid @NotNull TemplateEdit edit) {
    return TemplateView.of(templates.update(id, edit), templates.sentCount(id));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Delete a template that never sent a message (409 otherwise: deactivate it)")
  public Response delete(@PathParam("id") long id) {
    templates.delete(id);
    return Response.noContent().build();
  }
}
