package org.floorready.candidate.control;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.JsonArrays;

/**
 * The conditions of one candidate search as SQL over {@code candidate c}, with their values as
 * {@code ?name} placeholders. PostgreSQL matches text through the GIN-indexed tsvector and list
 * filters through the GIN-indexed arrays (V10); H2 matches the same things with LIKE.
 */
final class SearchConditions {
  /**
   * A search for an email address finds the person by any email they are known by, not only the
   * primary one.
   */
  private static final String KNOWN_EMAIL =
      "exists (select 1 from candidate_email ce where ce.candidate_id = c.id and ce.email = ?email)";

  private static final String DOCUMENT =
      "coalesce(c.full_name, '') || ' ' || coalesce(c.primary_email, '') || ' ' || coalesce(c.search_text, '')";

  final List<String> where =
      new ArrayList<>(List.of("c.merged_into is null", "c.erased_at is null"));
  final Map<String, Object> values = new LinkedHashMap<>();
  private final boolean postgres;
  private boolean fullText;
  private String occurrences;

  private SearchConditions(boolean postgres) {
    this.postgres = postgres;
  }

  /** Applied dates are calendar days in {@code zone}, the zone of the person searching. */
  static SearchConditions of(CandidateSearch.Criteria c, ZoneId zone, DatabaseKind kind) {
    SearchConditions conditions = new SearchConditions(kind == DatabaseKind.POSTGRESQL);
    conditions.text(c.text());
    conditions.applications(c, zone);
    conditions.list("licensed_states", "licensed_state_list", "state", c.licensedState());
    conditions.list("languages", "language_list", "language", c.language());
    conditions.list("skills", "skill_list", "skill", c.skill());
    if (c.minExperienceMonths() != null) {
      conditions.add("c.experience_months >= ?exp", "exp", c.minExperienceMonths());
    }
    if (present(c.source())) {
      // where the person came from first, or how they applied to any job since
      conditions.add(
          "(c.source = ?source or exists (select 1 from application sa where sa.candidate_id = c.id"
              + " and sa.source = ?source))",
          "source",
          c.source().trim());
    }
    if (c.possibleDuplicatesOnly()) {
      conditions.where.add("c.possible_duplicate_of is not null");
    }
    return conditions;
  }

  /**
   * Whether the matches are ranked by relevance (PostgreSQL full text, value {@code ?text});
   * otherwise newest first.
   */
  boolean fullText() {
    return fullText;
  }

  /**
   * H2's relevance: how often the searched words occur, as SQL; null without words to search for.
   */
  String occurrences() {
    return occurrences;
  }

  private void text(String text) {
    if (!present(text)) {
      return;
    }
    if (text.contains("@")) {
      add(KNOWN_EMAIL, "email", text.trim().toLowerCase(Locale.ROOT));
    } else if (postgres) {
      add("c.search_vector @@ plainto_tsquery('english', ?text)", "text", text.trim());
      fullText = true;
    } else {
      String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
      List<String> all = new ArrayList<>();
      List<String> counts = new ArrayList<>();
      for (int i = 0; i < words.length && i < 8; i++) {
        all.add("lower(" + DOCUMENT + ") like ?w" + i);
        values.put("w" + i, "%" + likeLiteral(words[i]) + "%");
        // how often the word occurs: the text's length lost when it is taken out, in words
        counts.add(
            "(length(lower("
                + DOCUMENT
                + ")) - length(replace(lower("
                + DOCUMENT
                + "), ?o"
                + i
                + ", '')))"
                + " / length(?o"
                + i
                + ")");
        values.put("o" + i, words[i]);
      }
      where.add("(" + String.join(" and ", all) + ")");
      occurrences = String.join(" + ", counts);
    }
  }

  private void applications(CandidateSearch.Criteria c, ZoneId zone) {
    String filter = "";
    if (c.requisitionId() != null) {
      filter += " and a.requisition_id = ?req";
      values.put("req", c.requisitionId());
    }
    if (present(c.stage())) {
      filter += " and a.stage = ?stage";
      values.put("stage", c.stage().trim());
    }
    if (c.appliedFrom() != null) {
      filter += " and a.applied_at >= ?from";
      values.put("from", Timestamp.from(c.appliedFrom().atStartOfDay(zone).toInstant()));
    }
    if (c.appliedTo() != null) {
      filter += " and a.applied_at < ?to";
      values.put("to", Timestamp.from(c.appliedTo().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    if (!filter.isEmpty()) {
      where.add("exists (select 1 from application a where a.candidate_id = c.id" + filter + ")");
    }
  }

  /** One whole entry of a "|"-joined list (licensed states, languages, skills), ignoring case. */
  private void list(String column, String array, String name, String value) {
    if (!present(value)) {
      return;
    }
    String entry = value.trim().toLowerCase(Locale.ROOT);
    if (postgres) {
      add("c." + array + " @> array[cast(?" + name + " as text)]", name, entry);
    } else {
      add("lower(c." + column + ") like ?" + name, name, JsonArrays.containsPattern(entry));
    }
  }

  private void add(String condition, String name, Object value) {
    where.add(condition);
    values.put(name, value);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * What the user typed, matched literally by LIKE (backslash is the default escape on both
   * databases).
   */
  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
