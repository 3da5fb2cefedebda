package org.floorready.interview.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When an interview's reminders go out: each lead time before the start (a reminder whose time has
 * passed when the interview is booked or moved is not sent: the invite has just gone out), and the
 * scorecard reminder to interviewers when it ends. Each has a key made of the interview, its
 * SEQUENCE and the lead, so a moved interview's reminders never collide with the old ones, and a
 * reminder found stale when due (the interview moved or ended) is dropped.
 */
public final class ReminderPlan {
  public static final String SCORECARD = "scorecard";

  private ReminderPlan() {}

  /** One reminder: its key (also db-scheduler's instance id) and when it is due. */
  public record Reminder(String key, Instant due) {}

  /** What a due reminder's key says. */
  public record Key(long interviewId, int sequence, String what) {
    public boolean scorecard() {
      return what.equals(SCORECARD);
    }

    public long minutesBefore() {
      return Long.parseLong(what);
    }
  }

  public static List<Reminder> plan(
      long interviewId,
      int sequence,
      Instant start,
      Instant end,
      List<Long> minutesBefore,
      Instant now) {
    List<Reminder> reminders = new ArrayList<>();
    for (Long minutes : minutesBefore) {
      Instant due = start.minus(Duration.ofMinutes(minutes));
      if (due.isAfter(now)) {
        reminders.add(new Reminder(key(interviewId, sequence, String.valueOf(minutes)), due));
      }
    }
    reminders.add(new Reminder(key(interviewId, sequence, SCORECARD), end));
    return reminders;
  }

  static String key(long interviewId, int sequence, String what) {
    return interviewId + ":" + sequence + ":" + what;
  }

  public static Key parse(String key) {
    String[] parts = key.split(":");
    if (parts.length != 3 || !(parts[2].equals(SCORECARD) || parts[2].matches("[0-9]{1,6}"))) {
      throw new IllegalArgumentException("not a reminder key: " + key);
    }
    return new Key(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]);
  }

  /**
   * Whether a reminder planned for {@code sequence} still stands for the interview as it is now.
   */
  public static boolean stillStands(Key key, int currentSequence, boolean scheduled) {
    return scheduled && key.sequence() == currentSequence;
  }
}
