package org.floorready.training.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.training.entity.NewHireStatus;

/**
 * A class's attrition, always split into resigned (the person's choice) and released (not meeting
 * the standard), and its survival: of the people enrolled, the share still there 30, 60 and 90 days
 * after the class started (a day not reached yet has no figure).
 */
public final class Attrition {
  private Attrition() {}

  /** One person: status and the date of that status. */
  public record Person(NewHireStatus status, LocalDate statusOn) {}

  /** The figures of a class. */
  public record Summary(int enrolled, int resigned, int released, Map<Integer, Double> survival) {
    public int left() {
      return resigned + released;
    }
  }

  public static Summary of(LocalDate classStart, List<Person> people, LocalDate today) {
    int resigned = (int) people.stream().filter(p -> p.status() == NewHireStatus.RESIGNED).count();
    int released = (int) people.stream().filter(p -> p.status() == NewHireStatus.RELEASED).count();
    Map<Integer, Double> survival = new LinkedHashMap<>();
    for (int days : List.of(30, 60, 90)) {
      LocalDate mark = classStart.plusDays(days);
      if (people.isEmpty() || mark.isAfter(today)) {
        survival.put(days, null);
        continue;
      }
      long stayed =
          people.stream().filter(p -> !p.status().left() || p.statusOn().isAfter(mark)).count();
      survival.put(days, (double) stayed / people.size());
    }
    return new Summary(people.size(), resigned, released, survival);
  }
}
