package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.ValidTimeZone;
import org.floorready.security.entity.Role;
import org.floorready.training.control.SessionPlanner;

/** Classes (cohorts), their session calendars and rosters. */
@Path("training/classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.RECRUITER_NAME})
public class ClassesResource {
  @Inject Classes classes;
  @Inject Rosters rosters;

  /** How sessions are generated: weekdays and hours, federal holidays and other days skipped. */
  public record SessionPattern(
      @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> days,
      @NotNull LocalTime from,
      @NotNull LocalTime to,
      Boolean skipFederalHolidays,
      @Size(max = 100) List<@NotNull LocalDate> daysOff) {
    public SessionPattern(
        List<DayOfWeek> days,
        LocalTime from,
        LocalTime to,
        Boolean skipFederalHolidays,
        List<LocalDate> daysOff) {
      this.days = days;
      this.from = from;
      this.to = to;
      this.skipFederalHolidays = skipFederalHolidays;
      this.daysOff = daysOff;
    }

    Classes.Plan plan() {
      return new Classes.Plan(
          new SessionPlanner.WeeklyPattern(EnumSet.copyOf(days), from, to),
          skipFederalHolidays == null || skipFederalHolidays,
          daysOff == null ? Set.of() : new TreeSet<>(daysOff));
    }
  }

  /** A class: program, name, start, capacity, place, zone, trainers; sessions optionally. */
  public record ClassRequest(
      @NotNull Long programId,
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate startDate,
      @NotNull Integer capacity,
      @NotBlank @Size(max = 200) String location,
      Boolean virtual,
      @NotNull @ValidTimeZone String timeZone,
      @Size(max = 10) List<@NotNull Long> trainerIds,
      @Valid SessionPattern sessions,
      Long version) {
    public ClassRequest(
        Long programId,
        String name,
        LocalDate startDate,
        Integer capacity,
        String location,
        Boolean virtual,
        String timeZone,
        List<Long> trainerIds,
        SessionPattern sessions,
        Long version) {
      this.programId = programId;
      this.name = name;
      this.startDate = startDate;
      this.capacity = capacity;
      this.location = location;
      this.virtual = virtual;
      this.timeZone = timeZone;
      this.trainerIds = trainerIds;
      this.sessions = sessions;
      this.version = version;
    }

    Classes.ClassInput input() {
      if (capacity < 1 || capacity > 200) {
        throw new org.floorready.platform.InvalidInput("capacity", "must be 1 to 200");
      }
      return new Classes.ClassInput(
          programId,
          name.strip(),
          startDate,
          capacity,
          location.strip(),
          virtual != null && virtual,
          ZoneId.of(timeZone),
          trainerIds);
    }
  }

  /** One session as a trainer adds or changes it. */
  public record SessionRequest(
      Long moduleId,
      @NotNull LocalDate day,
      @NotNull LocalTime startsAt,
      @NotNull LocalTime endsAt,
      @Size(max = 200) String topic,
      Boolean cancelled,
      Long version) {
    public SessionRequest(
        Long moduleId,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String topic,
        Boolean cancelled,
        Long version) {
      this.moduleId = moduleId;
      this.day = day;
      this.startsAt = startsAt;
      this.endsAt = endsAt;
      this.topic = topic;
      this.cancelled = cancelled;
      this.version = version;
    }
  }

  @GET
  @Operation(
      summary =
          "Classes with seats left (recruiters choose one for an offer); mine=true: the classes I"
              + " teach")
  public List<Classes.ClassListItem> list(@QueryParam("mine") @DefaultValue("false") boolean mine) {
    return classes.list(mine);
  }

  @POST
  @Operation(summary = "Create a class, with sessions generated from a weekly pattern if given")
  public Response create(@Valid @NotNull ClassRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(
            classes.create(
                request.input(), request.sessions() == null ? null : request.sessions().plan()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A class with its trainers, program and sessions (its trainers and admins)")
  public Classes.ClassView get(@PathParam("id") long id) {
    return classes.get(id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a class; its capacity never below the people enrolled")
  public Classes.ClassView edit(@PathParam("id") long id, @Valid @NotNull ClassRequest request) {
    return classes.edit(id, request.input(), request.version());
  }

  @PUT
  @Path("{id}/sessions")
  @Operation(
      summary =
          "Generate the class's sessions from the program and a weekly pattern (before any roll"
              + " call)")
  public Classes.ClassView plan(@PathParam("id") long id, @Valid @NotNull SessionPattern pattern) {
    return classes.planSessions(id, pattern.plan());
  }

  @POST
  @Path("{id}/sessions")
  @Operation(summary = "Add one session to the class")
  public Response addSession(@PathParam("id") long id, @Valid @NotNull SessionRequest s) {
    return Response.status(Response.Status.CREATED)
        .entity(classes.addSession(id, s.moduleId(), s.day(), s.startsAt(), s.endsAt(), s.topic()))
        .build();
  }

  @GET
  @Path("{id}/roster")
  @Operation(
      summary =
          "The roster: people × modules with progress, attendance, scores, status, flags and the"
              + " class's attrition")
  public Rosters.RosterView roster(@PathParam("id") long id) {
    return rosters.roster(id);
  }

  @GET
  @Path("{id}/roster.csv")
  @Produces("text/csv")
  @Operation(summary = "The roster as CSV")
  public Response rosterCsv(@PathParam("id") long id) {
    return Response.ok(rosters.rosterCsv(id), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"roster-" + id + ".csv\"")
        .build();
  }
}
