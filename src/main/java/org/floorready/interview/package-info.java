/**
 * Interviews: interviewers' availability (weekly hours in their zone, limits, time off) and the
 * busy times of their real calendars (a secret iCalendar address or CalDAV, read by a cluster-safe
 * job); how each interview stage of a requisition is run (kind, length, buffer, named people and N
 * of a pool); the slot finder across zones and daylight-saving changes; race-safe booking, moves,
 * cancellations and no-shows, each sent as an iTIP invite through the outbox; attendees' replies;
 * candidates' self-scheduling through signed links; reminders sent once across nodes; scorecards
 * and their summary; each interviewer's own calendar feed, to which later features add events
 * through {@link org.floorready.interview.control.CalendarFeedContributor}. It does not move
 * applications between stages (the hiring team does) and does not send anything itself but through
 * the outbox.
 */
package org.floorready.interview;
