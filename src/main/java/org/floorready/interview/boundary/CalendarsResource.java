package org.floorready.interview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;

/** Interviewers' calendar connections as admins watch them. */
@Path("interviewer-calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed(Role.ADMIN_NAME)
public class CalendarsResource {
  @Inject Availability availability;

  @GET
  @Path("failing")
  @Operation(summary = "Interviewers whose calendar failed at its last read, and why")
  public List<Availability.FailingCalendar> failing() {
    return availability.failing();
  }
}
