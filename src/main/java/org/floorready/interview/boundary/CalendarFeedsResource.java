package org.floorready.interview.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's own calendar feed, for calendar apps: no sign-in, the address is the secret. */
@Path("calendar-feeds")
@Tag(name = "Interviews")
@PermitAll
public class CalendarFeedsResource {
  @Inject OwnCalendarFeeds feeds;

  @GET
  @Path("{token}.ics")
  @Produces("text/calendar; charset=UTF-8")
  @Operation(summary = "The interviews (and other events) of the person whose secret address it is")
  public Response feed(@PathParam("token") String token) {
    String calendar =
        feeds
            .feed(token)
            .orElseThrow(() -> new NotFoundException("No calendar at this address (revoked?)."));
    return Response.ok(calendar).header("Cache-Control", "private, no-store").build();
  }
}
