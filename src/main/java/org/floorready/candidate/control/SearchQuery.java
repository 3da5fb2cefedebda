package org.floorready.candidate.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One candidate search as a native query for the ids at the first {@code positions} places of its
 * order, with positional values. Full text (PostgreSQL) ranks the {@value #RANKED} most recently
 * updated matches by relevance ({@code ts_rank}); any later matches follow newest first. Everything
 * else is newest first. Ranking only a bounded set keeps a common word (in a fifth of all resumes)
 * from ranking tens of thousands of vectors. On H2 words rank by how often they occur.
 */
record SearchQuery(String sql, List<Object> values, boolean fullText) {
  static final int RANKED = 1000;
  private static final Pattern NAMED = Pattern.compile("\\?([a-z][a-z0-9]*)");

  static SearchQuery of(SearchConditions conditions, int positions) {
    String matches =
        " from candidate c where "
            + String.join(" and ", conditions.where)
            + " order by c.updated_at desc, c.id desc limit ?positions";
    String sql;
    if (conditions.fullText()) {
      String ranked = "r.recency <= " + RANKED;
      sql =
          "select r.id from (select s.id, s.search_vector,"
              + " row_number() over (order by s.updated_at desc, s.id desc) as recency"
              + " from (select c.id, c.updated_at, c.search_vector"
              + matches
              + ") s) r"
              + " order by case when "
              + ranked
              + " then 0 else r.recency end,"
              + " case when "
              + ranked
              + " then ts_rank(r.search_vector, plainto_tsquery('english', ?text)) end"
              + " desc nulls last, r.recency";
    } else if (conditions.occurrences() != null) {
      // H2 (the embedded database) has no text index: the words' number of occurrences ranks the
      // matches
      sql =
          "select c.id from candidate c where "
              + String.join(" and ", conditions.where)
              + " order by "
              + conditions.occurrences()
              + " desc, c.updated_at desc, c.id desc limit ?positions";
    } else {
      sql = "select c.id" + matches;
    }
    Map<String, Object> named = new LinkedHashMap<>(conditions.values);
    named.put("positions", positions);
    List<Object> values = new ArrayList<>();
    return new SearchQuery(positional(sql, named, values), values, conditions.fullText());
  }

  /** Replaces each ?name by ?1, ?2 …, in order of appearance, collecting the values. */
  private static String positional(String sql, Map<String, Object> named, List<Object> values) {
    Matcher m = NAMED.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!named.containsKey(m.group(1))) {
        throw new IllegalStateException("No value for ?" + m.group(1));
      }
      values.add(named.get(m.group(1)));
      m.appendReplacement(out, "?" + values.size());
    }
    m.appendTail(out);
    return out.toString();
  }
}
