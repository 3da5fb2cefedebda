package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.interview.control.CalendarSource;
import org.floorready.interview.entity.BusySource;
import org.floorready.interview.entity.BusyTime;
import org.floorready.interview.entity.InterviewerCalendar;
import org.floorready.interview.entity.WorkingHours;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleCheck;
import org.floorready.platform.database.SealedValues;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.control.SecretTokens;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.threeten.extra.Interval;

/**
 * An interviewer's availability: their own to set (admins may set anyone's), readable by the staff
 * who schedule. The calendar address is sealed on the way in and never shown again; its state is.
 */
@ApplicationScoped
@Transactional
public class Availability {
  static final String FEED_TOKEN_PREFIX = "frc_";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SealedValues sealed;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  /** What an interviewer sees of their availability (and admins and schedulers of anyone's). */
  public record AvailabilityView(
      long userId,
      String name,
      String timeZone,
      List<Hours> hours,
      Integer maxPerDay,
      Integer maxPerWeek,
      String calendarFeed,
      Instant feedCheckedAt,
      String feedProblem,
      boolean ownFeedIssued,
      List<TimeOff> timeOff,
      long version) {}

  public record Hours(String day, String from, String to) {}

  public record TimeOff(long id, Instant from, Instant to, String note) {}

  public AvailabilityView get(long userId) {
    AppUser me = caller.user();
    if (userId != me.id() && !schedules(me)) {
      throw new NotFoundException("No interviewer " + userId + ".");
    }
    return view(person(userId), calendar(userId));
  }

  public AvailabilityView setHours(
      long userId, List<WorkingHours> hours, Integer perDay, Integer perWeek, Long version) {
    AppUser person = editable(userId);
    InterviewerCalendar calendar = calendarForUpdate(userId);
    StaleCheck.requireCurrent(version, calendar.version(), "availability");
    var before = calendar.auditState();
    calendar.setAvailability(hours, perDay, perWeek);
    em.flush();
    audit.updated(calendar, before, "Working hours");
    return view(person, calendar);
  }

  /** Connects the calendar busy times are read from, or disconnects it ({@code null}). */
  public AvailabilityView connectFeed(long userId, CalendarSource source) {
    AppUser person = editable(userId);
    InterviewerCalendar calendar = calendarForUpdate(userId);
    var before = calendar.auditState();
    if (source == null) {
      calendar.connectFeed(null);
      em.createQuery("delete from BusyTime b where b.userId = :u and b.source = :s")
          .setParameter("u", userId)
          .setParameter("s", BusySource.CALENDAR)
          .executeUpdate();
    } else {
      String checked = checkedFeedAddress(source.url()).toString();
      calendar.connectFeed(
          sealed.seal(
              (source.kind() == CalendarSource.Kind.CALDAV
                      ? CalendarSource.caldav(checked, source.user(), source.password())
                      : CalendarSource.ics(checked))
                  .stored()));
    }
    em.flush();
    audit.updated(
        calendar, before, source == null ? "Calendar disconnected" : "Calendar connected");
    return view(person, calendar);
  }

  /** An address calendars publish: http(s), or webcal as Apple and Outlook write it. */
  static URI checkedFeedAddress(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("url", "is not an address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("webcal") || scheme.equals("webcals")) {
      uri = URI.create("https" + url.strip().substring(scheme.length()));
      scheme = "https";
    }
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new InvalidInput("url", "must be an http, https or webcal address of a calendar");
    }
    return uri;
  }

  public AvailabilityView addTimeOff(long userId, Instant from, Instant to, String note) {
    AppUser person = editable(userId);
    if (!to.isAfter(from)) {
      throw new InvalidInput("to", "must be after from");
    }
    em.persist(new BusyTime(userId, Interval.of(from, to), BusySource.TIME_OFF, note));
    return view(person, calendar(userId));
  }

  public AvailabilityView removeTimeOff(long userId, long id) {
    AppUser person = editable(userId);
    BusyTime busy = em.find(BusyTime.class, id);
    if (busy == null || busy.userId() != userId || busy.source() != BusySource.TIME_OFF) {
      throw new NotFoundException("No time off " + id + ".");
    }
    em.remove(busy);
    return view(person, calendar(userId));
  }

  /**
   * A new secret address of the person's own interview feed (the previous one stops working); it is
   * shown this once.
   */
  public String issueOwnFeed(long userId) {
    editable(userId);
    InterviewerCalendar calendar = calendarForUpdate(userId);
    var before = calendar.auditState();
    String token = SecretTokens.create(FEED_TOKEN_PREFIX);
    calendar.issueFeedToken(SecretTokens.hash(token));
    em.flush();
    audit.updated(calendar, before, "Own calendar feed issued");
    return baseUrl.replaceAll("/$", "") + "/api/v1/calendar-feeds/" + token + ".ics";
  }

  public void revokeOwnFeed(long userId) {
    editable(userId);
    InterviewerCalendar calendar = calendarForUpdate(userId);
    var before = calendar.auditState();
    calendar.issueFeedToken(null);
    em.flush();
    audit.updated(calendar, before, "Own calendar feed revoked");
  }

  /** A calendar that could not be read, for the admin's home page. */
  public record FailingCalendar(
      long userId, String name, String email, Instant checkedAt, String problem) {}

  /** Every interviewer whose calendar failed at its last read (admins). */
  public List<FailingCalendar> failing() {
    if (!caller.user().hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Admins see everyone's calendar connections.");
    }
    return em
        .createQuery(
            "select c from InterviewerCalendar c where c.feedStatus = :failing order by c.feedCheckedAt desc",
            InterviewerCalendar.class)
        .setParameter("failing", org.floorready.interview.entity.FeedStatus.FAILING)
        .getResultList()
        .stream()
        .map(
            c -> {
              AppUser user = em.find(AppUser.class, c.userId());
              return new FailingCalendar(
                  c.userId(),
                  user == null ? "Former user" : user.displayName(),
                  user == null ? null : user.email(),
                  c.feedCheckedAt(),
                  c.feedProblem());
            })
        .toList();
  }

  private static boolean schedules(AppUser me) {
    return me.hasRole(Role.ADMIN) || me.hasRole(Role.RECRUITER) || me.hasRole(Role.HIRING_MANAGER);
  }

  private AppUser editable(long userId) {
    AppUser me = caller.user();
    if (userId != me.id() && !me.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Interviewers set their own availability; admins anyone's.");
    }
    return person(userId);
  }

  private AppUser person(long userId) {
    AppUser user = em.find(AppUser.class, userId);
    if (user == null) {
      throw new NotFoundException("No interviewer " + userId + ".");
    }
    return user;
  }

  private InterviewerCalendar calendar(long userId) {
    InterviewerCalendar calendar = em.find(InterviewerCalendar.class, userId);
    return calendar == null ? new InterviewerCalendar(userId) : calendar;
  }

  private InterviewerCalendar calendarForUpdate(long userId) {
    InterviewerCalendar calendar = em.find(InterviewerCalendar.class, userId);
    if (calendar == null) {
      calendar = new InterviewerCalendar(userId);
      em.persist(calendar);
    }
    return calendar;
  }

  private AvailabilityView view(AppUser person, InterviewerCalendar calendar) {
    List<TimeOff> timeOff =
        em.createQuery(
                "select b from BusyTime b where b.userId = :u and b.source = :s"
                    + " and b.endsAt > :now order by b.startsAt",
                BusyTime.class)
            .setParameter("u", person.id())
            .setParameter("s", BusySource.TIME_OFF)
            .setParameter("now", Instant.now())
            .getResultStream()
            .map(b -> new TimeOff(b.id(), b.interval().getStart(), b.interval().getEnd(), b.note()))
            .toList();
    return new AvailabilityView(
        person.id(),
        person.displayName(),
        person.timeZone(),
        calendar.hours().stream()
            .map(h -> new Hours(h.day().name(), h.from().toString(), h.to().toString()))
            .toList(),
        calendar.maxPerDay(),
        calendar.maxPerWeek(),
        calendar.feedStatus().name(),
        calendar.feedCheckedAt(),
        calendar.feedProblem(),
        calendar.hasFeedToken(),
        timeOff,
        calendar.version());
  }
}
