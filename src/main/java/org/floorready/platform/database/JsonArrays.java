package org.floorready.platform.database;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Lists kept in one column as a JSON array ({@code ["TX","OK"]}), read back as lists: no separator
 * character a value could contain. PostgreSQL indexes such columns through generated arrays
 * (migration V16); the embedded database matches a whole entry by its quoted form.
 */
public final class JsonArrays {
  private static final Jsonb JSON = JsonbBuilder.create();

  private JsonArrays() {}

  public static String write(Collection<?> values) {
    return JSON.toJson(values == null ? List.of() : values);
  }

  /** The strings of a stored array; none for null or blank. */
  public static List<String> strings(String json) {
    return json == null || json.isBlank()
        ? List.of()
        : Arrays.asList(JSON.fromJson(json, String[].class));
  }

  public static List<Long> longs(String json) {
    return json == null || json.isBlank()
        ? List.of()
        : Arrays.asList(JSON.fromJson(json, Long[].class));
  }

  /**
   * A LIKE pattern that finds the array holding {@code entry} as a whole element, in a column read
   * through {@code lower(...)}: the entry as JSON writes it, quotes included, with LIKE's own
   * wildcards taken literally (backslash escapes, the default on both databases).
   */
  public static String containsPattern(String entry) {
    String quoted = JSON.toJson(entry.strip().toLowerCase(java.util.Locale.ROOT));
    return "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
