package org.floorready.candidate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.DatabaseMigration;

/**
 * Candidate search: full text over name, email and resume text plus filters, ranked by relevance.
 * On PostgreSQL it uses the stored tsvector with its GIN index (ts_rank); on H2 every word must
 * occur (LIKE) and the most recently updated come first. A text with an "@" is an email lookup.
 */
@Dependent
public class CandidateSearch {
  @PersistenceContext EntityManager em;
  @Inject DatabaseMigration database;

  /** A search for an email address finds the person by any email they are known by, not only the primary one. */
  private static final String KNOWN_EMAIL =
      "exists (select 1 from candidate_email ce where ce.candidate_id = c.id and ce.email = ?email)";

  /** What to look for; null or blank means any. */
  public record Criteria(String text, Long requisitionId, String stage, String licensedState, String language,
      Integer minExperienceMonths, String skill, String source, Instant appliedFrom, Instant appliedTo,
      boolean possibleDuplicatesOnly) {}

  /** Ids of one page in rank order, and the total. */
  public record Result(List<Long> ids, long total) {}

  public Result search(Criteria c, int offset, int limit) {
    boolean postgres = database.kind() == DatabaseKind.POSTGRESQL;
    List<String> where = new ArrayList<>(List.of("c.merged_into is null"));
    Map<String, Object> params = new LinkedHashMap<>();
    // placeholders are written ?name below and turned into positional ?1, ?2 … at the end
    String document = "coalesce(c.full_name, '') || ' ' || coalesce(c.primary_email, '') || ' ' || coalesce(c.search_text, '')";
    String rank = "c.updated_at";
    if (c.text() != null && !c.text().isBlank()) {
      if (c.text().contains("@")) {
        where.add(KNOWN_EMAIL);
      } else if (postgres) {
        where.add("c.search_vector @@ plainto_tsquery('english', ?text)");
        rank = "ts_rank(c.search_vector, plainto_tsquery('english', ?text))";
      } else {
        String[] words = c.text().trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < words.length && i < 8; i++) {
          all.add("lower(" + document + ") like ?w" + i);
          params.put("w" + i, "%" + words[i] + "%");
        }
        where.add("(" + String.join(" and ", all) + ")");
      }
      params.put("text", c.text().trim());
      params.put("email", c.text().trim().toLowerCase(java.util.Locale.ROOT));
    }
    String applicationFilter = "";
    if (c.requisitionId() != null) {
      applicationFilter += " and a.requisition_id = ?req";
      params.put("req", c.requisitionId());
    }
    if (c.stage() != null && !c.stage().isBlank()) {
      applicationFilter += " and a.stage = ?stage";
      params.put("stage", c.stage());
    }
    if (c.appliedFrom() != null) {
      applicationFilter += " and a.applied_at >= ?from";
      params.put("from", java.sql.Timestamp.from(c.appliedFrom()));
    }
    if (c.appliedTo() != null) {
      applicationFilter += " and a.applied_at < ?to";
      params.put("to", java.sql.Timestamp.from(c.appliedTo()));
    }
    if (!applicationFilter.isEmpty()) {
      where.add("exists (select 1 from application a where a.candidate_id = c.id" + applicationFilter + ")");
    }
    listFilter(where, params, "licensed_states", "state", c.licensedState() == null ? null : c.licensedState().toUpperCase());
    listFilter(where, params, "languages", "language", c.language());
    if (c.skill() != null && !c.skill().isBlank()) {
      where.add("lower(c.skills) like ?skill");
      params.put("skill", "%" + c.skill().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (c.minExperienceMonths() != null) {
      where.add("c.experience_months >= ?exp");
      params.put("exp", c.minExperienceMonths());
    }
    if (c.source() != null && !c.source().isBlank()) {
      where.add("c.source = ?source");
      params.put("source", c.source());
    }
    if (c.possibleDuplicatesOnly()) {
      where.add("c.possible_duplicate_of is not null");
    }
    String from = " from candidate c where " + String.join(" and ", where);
    List<Object> countValues = new ArrayList<>();
    Query count = em.createNativeQuery(positional("select count(*)" + from, params, countValues));
    List<Object> pageValues = new ArrayList<>();
    Query page = em.createNativeQuery(positional("select c.id" + from + " order by " + rank + " desc, c.id desc",
        params, pageValues)).setFirstResult(offset).setMaxResults(limit);
    bind(count, countValues);
    bind(page, pageValues);
    List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    return new Result(ids, ((Number) count.getSingleResult()).longValue());
  }

  private static void listFilter(List<String> where, Map<String, Object> params, String column, String name, String value) {
    if (value != null && !value.isBlank()) {
      where.add("lower('|' || coalesce(c." + column + ", '') || '|') like ?" + name);
      params.put(name, "%|" + value.toLowerCase(java.util.Locale.ROOT) + "|%");
    }
  }

  private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("\\?([a-z][a-z0-9]*)");

  /** Replaces each ?name by ?n, in order of appearance, collecting the values. */
  private static String positional(String sql, Map<String, Object> params, List<Object> values) {
    java.util.regex.Matcher m = NAMED.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      values.add(params.get(m.group(1)));
      m.appendReplacement(out, "?" + values.size());
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void bind(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
  }
}
