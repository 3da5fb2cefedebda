package org.floorready.interview.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.floorready.interview.control.InterviewSlotFinder;

/**
 * A proposed time with everyone's local time: the candidate's, and each interviewer's in their own
 * zone, with why a pool member was picked.
 */
public record SlotView(
    Instant start, Instant end, String candidateTime, List<SeatView> interviewers) {

  /** One interviewer of a proposed slot. */
  public record SeatView(long id, String name, String localTime, String why) {}

  static SlotView of(
      InterviewSlotFinder.Slot slot,
      ZoneId candidateZone,
      java.util.function.LongFunction<ZoneId> zoneOf) {
    return new SlotView(
        slot.start(),
        slot.end(),
        LocalTimes.range(slot.start(), slot.end(), candidateZone),
        slot.interviewers().stream()
            .map(
                seat ->
                    new SeatView(
                        seat.id(),
                        seat.name(),
                        LocalTimes.range(slot.start(), slot.end(), zoneOf.apply(seat.id())),
                        seat.why()))
            .toList());
  }
}
