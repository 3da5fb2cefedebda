package org.floorready.candidate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.DatabaseMigration;

/**
 * Candidate search: full text over name, email and resume text plus filters. On PostgreSQL the
 * words go through the stored tsvector's GIN index and the {@value SearchQuery#RANKED} newest
 * matches are ranked by relevance; on H2 every word must occur (LIKE) and the matches rank by how
 * often the words occur. A text with an "@" is an email lookup. Totals are exact up to a multiple
 * of {@value #COUNT_STEP} past the requested page and reported as "more than" beyond it, so no
 * search counts every match.
 */
@Dependent
public class CandidateSearch {
  static final int COUNT_STEP = 1000;

  @PersistenceContext EntityManager em;
  @Inject DatabaseMigration database;

  /**
   * What to look for; null or blank means any. Applied dates are calendar days (inclusive) of the
   * searcher.
   */
  public record Criteria(
      String text,
      Long requisitionId,
      String stage,
      String licensedState,
      String language,
      Integer minExperienceMonths,
      String skill,
      String source,
      LocalDate appliedFrom,
      LocalDate appliedTo,
      boolean possibleDuplicatesOnly) {}

  /**
   * Ids of one page in order, and how many match: exactly, or more than {@code total} when {@code
   * totalCapped}.
   */
  public record Result(List<Long> ids, long total, boolean totalCapped) {
    /** Cuts the page out of the first places of the order, fetched one past {@code positions}. */
    static Result cut(List<Long> first, int positions, int offset, int limit) {
      int known = Math.min(first.size(), positions);
      return new Result(
          first.subList(Math.min(offset, known), Math.min(offset + limit, known)),
          known,
          first.size() > positions);
    }
  }

  /** Searches in the searcher's time zone: the one their applied dates are days of. */
  public Result search(Criteria criteria, ZoneId zone, int offset, int limit) {
    return search(
        criteria,
        zone,
        database.kind(),
        offset,
        limit,
        query -> query.fullText() ? throughBitmapsOnly(() -> ids(query)) : ids(query));
  }

  /** The search on any database: {@code run} answers a query's ids in order. */
  static Result search(
      Criteria criteria,
      ZoneId zone,
      DatabaseKind kind,
      int offset,
      int limit,
      Function<SearchQuery, List<Long>> run) {
    int positions = positionsToCount(offset, limit);
    SearchQuery query = SearchQuery.of(SearchConditions.of(criteria, zone, kind), positions + 1);
    return Result.cut(run.apply(query), positions, offset, limit);
  }

  /**
   * The first multiple of {@value #COUNT_STEP} past the page, so a capped total still offers a next
   * page.
   */
  static int positionsToCount(int offset, int limit) {
    return ((offset + limit) / COUNT_STEP + 1) * COUNT_STEP;
  }

  private List<Long> ids(SearchQuery query) {
    Query sql = em.createNativeQuery(query.sql());
    for (int i = 0; i < query.values().size(); i++) {
      sql.setParameter(i + 1, query.values().get(i));
    }
    return ((List<?>) sql.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * PostgreSQL prices a tsvector match as cheap, but testing it on a row (after a sequential or a
   * recency-index scan) de-TOASTs that row's vector, about 7 µs: 1.3 s for 100,000 resumes. The GIN
   * bitmap needs no vector at all. So full-text searches read rows through bitmaps only (SET LOCAL
   * for this transaction, put back right after; a failed query rolls the setting back anyway).
   */
  private List<Long> throughBitmapsOnly(Supplier<List<Long>> search) {
    Object[] before =
        (Object[])
            em.createNativeQuery(
                    "select current_setting('enable_seqscan'), current_setting('enable_indexscan')")
                .getSingleResult();
    planner("off", "off");
    List<Long> ids = search.get();
    planner((String) before[0], (String) before[1]);
    return ids;
  }

  private void planner(String seqscan, String indexscan) {
    em.createNativeQuery(
            "select set_config('enable_seqscan', ?1, true), set_config('enable_indexscan', ?2, true)")
        .setParameter(1, seqscan)
        .setParameter(2, indexscan)
        .getSingleResult();
  }
}
