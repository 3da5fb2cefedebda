package org.floorready.candidate.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The notes on a profile's corrections, by field name; fields corrected before notes were kept have
 * none.
 */
public record CorrectionNotes(Map<String, CorrectionNote> fields) {
  public CorrectionNotes {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  public static CorrectionNotes none() {
    return new CorrectionNotes(Map.of());
  }

  public Optional<CorrectionNote> of(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  public CorrectionNotes with(String field, CorrectionNote note) {
    Map<String, CorrectionNote> changed = new LinkedHashMap<>(fields);
    changed.put(field, note);
    return new CorrectionNotes(changed);
  }

  public CorrectionNotes without(String field) {
    Map<String, CorrectionNote> changed = new LinkedHashMap<>(fields);
    changed.remove(field);
    return new CorrectionNotes(changed);
  }
}
