package org.floorready.interview.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.floorready.interview.entity.Interview;
import org.floorready.security.entity.AppUser;

/** A booked interview as staff see it: times in the candidate's zone and each interviewer's. */
public record InterviewView(
    long id,
    long applicationId,
    long planId,
    String candidateName,
    String requisitionTitle,
    String kind,
    Instant start,
    Instant end,
    String status,
    String candidateZone,
    String candidateTime,
    String candidateResponse,
    List<Attendee> interviewers,
    String location,
    String endedBy,
    String endedReason,
    boolean lateCancellation,
    int sequence,
    long version) {

  /** An interviewer of the interview and their answer to the invite. */
  public record Attendee(long id, String name, String localTime, String response) {}

  static InterviewView of(
      Interview i, String candidateName, String requisitionTitle, Map<Long, AppUser> people) {
    return new InterviewView(
        i.id(),
        i.applicationId(),
        i.planId(),
        candidateName,
        requisitionTitle,
        i.kind().name(),
        i.when().getStart(),
        i.when().getEnd(),
        i.status().name(),
        i.candidateZone(),
        LocalTimes.range(i.when().getStart(), i.when().getEnd(), ZoneId.of(i.candidateZone())),
        i.candidateResponse().partstat(),
        i.seatList().stream()
            .map(
                seat -> {
                  AppUser user = people.get(seat.userId());
                  return new Attendee(
                      seat.userId(),
                      user == null ? "Former user" : user.displayName(),
                      user == null
                          ? null
                          : LocalTimes.range(i.when().getStart(), i.when().getEnd(), zoneOf(user)),
                      seat.response().partstat());
                })
            .toList(),
        i.location(),
        i.endedBy(),
        i.endedReason(),
        i.cancelledLate(),
        i.icalSequence(),
        i.version());
  }

  static ZoneId zoneOf(AppUser user) {
    return user.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(user.timeZone());
  }
}
