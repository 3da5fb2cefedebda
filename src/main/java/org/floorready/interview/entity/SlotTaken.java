package org.floorready.interview.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/**
 * The time asked for is no longer free for everyone needed (someone booked it meanwhile, or it was
 * never offered); the answer lists fresh choices where there are some.
 */
@ProblemType(value = "slot-taken", status = 409, title = "Slot no longer free")
public class SlotTaken extends Conflict {
  public SlotTaken(String detail, Object freshChoices) {
    super(detail, freshChoices);
  }
}
