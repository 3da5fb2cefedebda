package org.floorready.interview.control;

import java.util.List;
import org.threeten.extra.Interval;

/**
 * Adds events to a person's own calendar feed (the secret address they subscribe to). Interviews
 * contribute their own; later features (training sessions, for instance) implement this as CDI
 * beans and appear in the same feed, without this feature knowing them.
 */
public interface CalendarFeedContributor {
  /** The person's events that overlap the window. */
  List<ItipMessages.Event> eventsFor(long userId, Interval window);
}
