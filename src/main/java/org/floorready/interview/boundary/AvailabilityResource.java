package org.floorready.interview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.interview.control.CalendarSource;
import org.floorready.interview.entity.WorkingHours;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;

/**
 * An interviewer's availability; {@code me} stands for the signed-in user. Interviewers set their
 * own, admins anyone's; recruiters and hiring managers read them to schedule.
 */
@Path("interviewers/{who}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.RECRUITER_NAME,
  Role.HIRING_MANAGER_NAME,
  Role.INTERVIEWER_NAME,
  Role.TRAINER_NAME
})
public class AvailabilityResource {
  static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

  @Inject Availability availability;
  @Inject Caller caller;

  /**
   * One block of a weekday, in the interviewer's zone ("09:00" to "17:00"; "00:00" ends the day).
   */
  public record Block(
      @NotNull DayOfWeek day,
      @NotNull @Pattern(regexp = TIME) String from,
      @NotNull @Pattern(regexp = TIME) String to) {
    public Block(DayOfWeek day, String from, String to) {
      this.day = day;
      this.from = from;
      this.to = to;
    }
  }

  public record HoursRequest(
      @NotNull @Size(max = 28) List<@NotNull @Valid Block> hours,
      @Min(1) @Max(20) Integer maxPerDay,
      @Min(1) @Max(100) Integer maxPerWeek,
      Long version) {
    public HoursRequest(List<Block> hours, Integer maxPerDay, Integer maxPerWeek, Long version) {
      this.hours = hours;
      this.maxPerDay = maxPerDay;
      this.maxPerWeek = maxPerWeek;
      this.version = version;
    }
  }

  /**
   * The calendar to read busy times from: a secret iCalendar address ({@code ICS}, the default), or
   * a CalDAV calendar collection with its user name and (app) password; no address disconnects it.
   */
  public record FeedRequest(
      @Size(max = 2000) String url,
      @Pattern(regexp = "ICS|CALDAV") String kind,
      @Size(max = 200) String username,
      @Size(max = 500) String password) {
    public FeedRequest(String url, String kind, String username, String password) {
      this.url = url;
      this.kind = kind;
      this.username = username;
      this.password = password;
    }
  }

  public record TimeOffRequest(
      @NotNull Instant from, @NotNull Instant to, @Size(max = 200) String note) {
    public TimeOffRequest(Instant from, Instant to, String note) {
      this.from = from;
      this.to = to;
      this.note = note;
    }
  }

  @GET
  @Path("availability")
  @Operation(summary = "Working hours, limits, calendar connection state and time off")
  public Availability.AvailabilityView get(@PathParam("who") String who) {
    return availability.get(id(who));
  }

  @PUT
  @Path("availability")
  @Operation(
      summary = "Set weekly working hours (in the person's zone) and limits per day and week")
  public Availability.AvailabilityView setHours(
      @PathParam("who") String who, @Valid @NotNull HoursRequest request) {
    return availability.setHours(
        id(who),
        request.hours().stream()
            .map(b -> new WorkingHours(b.day(), LocalTime.parse(b.from()), LocalTime.parse(b.to())))
            .toList(),
        request.maxPerDay(),
        request.maxPerWeek(),
        request.version());
  }

  @PUT
  @Path("calendar")
  @Operation(
      summary =
          "Connect the person's calendar: its secret iCalendar address (Google, Outlook, Apple"
              + " publish one) or a CalDAV collection (Nextcloud, Fastmail, iCloud) with its"
              + " sign-in; read every 15 minutes, never shown again")
  public Availability.AvailabilityView connect(
      @PathParam("who") String who, @Valid @NotNull FeedRequest request) {
    if (request.url() == null || request.url().isBlank()) {
      return availability.connectFeed(id(who), null);
    }
    return availability.connectFeed(
        id(who),
        "CALDAV".equals(request.kind())
            ? CalendarSource.caldav(request.url(), request.username(), request.password())
            : CalendarSource.ics(request.url()));
  }

  @POST
  @Path("time-off")
  @Operation(summary = "Add time off (busy for interviews)")
  public Availability.AvailabilityView addTimeOff(
      @PathParam("who") String who, @Valid @NotNull TimeOffRequest request) {
    return availability.addTimeOff(id(who), request.from(), request.to(), request.note());
  }

  @DELETE
  @Path("time-off/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Remove time off")
  public Availability.AvailabilityView removeTimeOff(
      @PathParam("who") String who, @PathParam("id") long id) {
    return availability.removeTimeOff(id(who), id);
  }

  @POST
  @Path("own-feed")
  @Operation(
      summary =
          "A new secret address of the person's own interview calendar, to subscribe to in any"
              + " calendar app; shown once, the previous one stops working")
  public Map<String, String> issueOwnFeed(@PathParam("who") String who) {
    return Map.of("url", availability.issueOwnFeed(id(who)));
  }

  @DELETE
  @Path("own-feed")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Revoke the person's own interview calendar address")
  public Map<String, String> revokeOwnFeed(@PathParam("who") String who) {
    availability.revokeOwnFeed(id(who));
    return Map.of("url", "");
  }

  private long id(String who) {
    if ("me".equals(who)) {
      return caller.user().id();
    }
    if (!who.matches("[0-9]{1,18}")) {
      throw new jakarta.ws.rs.NotFoundException("No interviewer " + who + ".");
    }
    return Long.parseLong(who);
  }
}
