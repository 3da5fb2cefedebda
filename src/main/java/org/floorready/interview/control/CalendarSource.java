package org.floorready.interview.control;

/**
 * Where an interviewer's busy times are read: a published iCalendar address, or a CalDAV calendar
 * collection with its sign-in. Kept sealed as one value ({@link #stored}) and never shown again.
 */
public record CalendarSource(Kind kind, String url, String user, String password) {
  public enum Kind {
    ICS,
    CALDAV
  }

  private static final String CALDAV_MARK = "caldav\n";

  public static CalendarSource ics(String url) {
    return new CalendarSource(Kind.ICS, url, null, null);
  }

  public static CalendarSource caldav(String url, String user, String password) {
    return new CalendarSource(
        Kind.CALDAV, url, user == null ? "" : user, password == null ? "" : password);
  }

  /** The value to seal. */
  public String stored() {
    return kind == Kind.ICS ? url : CALDAV_MARK + url + "\n" + user + "\n" + password;
  }

  /** Reads back what {@link #stored} wrote (an address alone is an iCalendar address). */
  public static CalendarSource of(String stored) {
    if (!stored.startsWith(CALDAV_MARK)) {
      return ics(stored);
    }
    String[] parts = stored.substring(CALDAV_MARK.length()).split("\n", 3);
    return caldav(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
  }
}
