package org.floorready.application.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.floorready.platform.InvalidInput;

/**
 * The ordered stages of one requisition's pipeline. Applied comes first and Hired last; Offer is
 * somewhere before Hired. Rejected and Withdrawn are not columns of the pipeline but ways out of
 * it.
 */
public record Pipeline(List<Stage> stages) {
  public static final int MAX_STAGES = 20;

  /**
   * One column of the pipeline: a stable key, the name people see, and whether it is an interview.
   */
  public record Stage(String key, String name, boolean interview) {}

  public Pipeline {
    stages = List.copyOf(stages);
  }

  public static Pipeline standard() {
    List<Stage> stages = new ArrayList<>();
    for (ApplicationStage s : ApplicationStage.values()) {
      if (!ApplicationStage.closes(s.name())) {
        stages.add(new Stage(s.name(), s.label(), s.interview()));
      }
    }
    return new Pipeline(stages);
  }

  /** Checks an adjusted pipeline; every problem is reported against the field the person edited. */
  public Pipeline validated() {
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (stages.size() < 3 || stages.size() > MAX_STAGES) {
      problems.put("stages", "must have between 3 and " + MAX_STAGES + " stages");
    }
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      if (s.name() == null || s.name().isBlank() || s.name().length() > 60) {
        problems.put("stages[" + i + "].name", "is required (at most 60 characters)");
      } else if (!names.add(s.name().trim().toLowerCase())) {
        problems.put("stages[" + i + "].name", "is used twice");
      }
      if (!keys.add(s.key()) || ApplicationStage.closes(s.key())) {
        problems.put("stages[" + i + "].key", "is used twice or is reserved");
      }
    }
    if (!stages.isEmpty() && !ApplicationStage.APPLIED.name().equals(stages.get(0).key())) {
      problems.put("stages[0]", "must be the Applied stage");
    }
    if (!stages.isEmpty()
        && !ApplicationStage.HIRED.name().equals(stages.get(stages.size() - 1).key())) {
      problems.put("stages[" + (stages.size() - 1) + "]", "must be the Hired stage");
    }
    if (!keys.contains(ApplicationStage.OFFER.name())) {
      problems.put("stages", "must keep the Offer stage");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return this;
  }

  public Optional<Stage> stage(String key) {
    return stages.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public boolean contains(String key) {
    return stage(key).isPresent();
  }

  /** The name to show for a stage key, including the closing ones and stages since removed. */
  public String name(String key) {
    if (key == null) {
      return null;
    }
    return stage(key)
        .map(Stage::name)
        .orElseGet(
            () -> {
              try {
                return ApplicationStage.valueOf(key).label();
              } catch (IllegalArgumentException custom) {
                return key;
              }
            });
  }

  public int position(String key) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
