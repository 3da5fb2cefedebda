package org.floorready.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.security.control.DisplayNames;
import org.floorready.security.entity.AuditEntry;
import org.floorready.security.entity.Role;

/** The audit trail for admins: who changed which record, when, and how. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {
  @Inject AuditLog log;
  @Inject DisplayNames displayNames;

  /** One audit entry; changes maps each field to {"old": ..., "new": ...}. */
  public record Entry(
      long id,
      Instant at,
      String actor,
      String actorName,
      String entityType,
      String entityId,
      AuditEntry.Action action,
      String summary,
      JsonObject changes) {
    static Entry of(AuditEntry e, Function<String, String> names) {
      JsonObject changes =
          e.changes() == null
              ? JsonObject.EMPTY_JSON_OBJECT
              : Json.createReader(new StringReader(e.changes())).readObject();
      return new Entry(
          e.id(),
          e.at(),
          e.actor(),
          names.apply(e.actor()),
          e.entityType(),
          e.entityId(),
          e.action(),
          e.summary(),
          changes);
    }
  }

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "Browse the audit trail, newest first; filter by actor, record type and id, action, time")
  public Page<Entry> list(
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("action") AuditEntry.Action action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Valid @BeanParam PageRequest page) {
    var filter =
        new AuditLog.Filter(
            actor, entityType, entityId, action, instant("from", from), instant("to", to));
    Page<AuditEntry> entries = log.list(filter, page);
    Function<String, String> names =
        displayNames.of(entries.items().stream().map(AuditEntry::actor).toList());
    return entries.map(e -> Entry.of(e, names));
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name + " must be an ISO-8601 instant such as 2026-11-26T00:00:00Z.");
    }
  }
}
