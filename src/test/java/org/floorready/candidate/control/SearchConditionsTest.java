package org.floorready.candidate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.floorready.platform.database.DatabaseKind;
import org.junit.jupiter.api.Test;

class SearchConditionsTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static CandidateSearch.Criteria applied(LocalDate from, LocalDate to) {
    return new CandidateSearch.Criteria(
        null, null, null, null, null, null, null, null, from, to, false);
  }

  private static Instant bound(SearchConditions conditions, String name) {
    return ((Timestamp) conditions.values.get(name)).toInstant();
  }

  @Test
  void appliedDatesAreWholeCalendarDaysInTheSearchersZone() {
    LocalDate day = LocalDate.of(2026, 11, 26);
    SearchConditions chicago =
        SearchConditions.of(applied(day, day), CHICAGO, DatabaseKind.POSTGRESQL);
    assertThat(bound(chicago, "from")).isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
    assertThat(bound(chicago, "to")).isEqualTo(Instant.parse("2026-11-27T06:00:00Z"));

    SearchConditions utc = SearchConditions.of(applied(day, day), ZoneOffset.UTC, DatabaseKind.H2);
    assertThat(bound(utc, "from")).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(bound(utc, "to")).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
  }

  @Test
  void aDayWithAClockChangeIsStillTheWholeLocalDay() {
    LocalDate springForward = LocalDate.of(2026, 3, 8);
    SearchConditions conditions =
        SearchConditions.of(applied(springForward, springForward), CHICAGO, DatabaseKind.H2);
    assertThat(bound(conditions, "from")).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
    assertThat(bound(conditions, "to")).isEqualTo(Instant.parse("2026-03-09T05:00:00Z"));
  }

  @Test
  void onlyTheGivenEndsOfTheRangeAreConditions() {
    SearchConditions from =
        SearchConditions.of(applied(LocalDate.of(2026, 1, 31), null), CHICAGO, DatabaseKind.H2);
    assertThat(from.values).containsOnlyKeys("from");
    assertThat(from.where).anyMatch(w -> w.contains("a.applied_at >= ?from") && !w.contains("?to"));
    assertThat(SearchConditions.of(applied(null, null), CHICAGO, DatabaseKind.H2).where)
        .containsExactly("c.merged_into is null", "c.erased_at is null");
  }

  @Test
  void listFiltersAreArraysOnPostgresqlAndWholeQuotedEntriesOfTheJsonOnH2() {
    var criteria =
        new CandidateSearch.Criteria(
            null, null, null, "tx", " Spanish ", null, "50%_off", null, null, null, false);
    SearchConditions postgres = SearchConditions.of(criteria, CHICAGO, DatabaseKind.POSTGRESQL);
    assertThat(postgres.where).contains("c.licensed_state_list @> array[cast(?state as text)]");
    assertThat(postgres.values)
        .containsEntry("state", "tx")
        .containsEntry("language", "spanish")
        .containsEntry("skill", "50%_off");

    SearchConditions h2 = SearchConditions.of(criteria, CHICAGO, DatabaseKind.H2);
    assertThat(h2.where).contains("lower(c.licensed_states) like ?state");
    assertThat(h2.values)
        .containsEntry("state", "%\"tx\"%")
        .containsEntry("language", "%\"spanish\"%")
        .containsEntry("skill", "%\"50\\%\\_off\"%");
  }

  @Test
  void onlyPostgresqlWordsAreRankedAndAnEmailIsALookup() {
    var words =
        new CandidateSearch.Criteria(
            "five9 retention", null, null, null, null, null, null, null, null, null, false);
    assertThat(SearchConditions.of(words, CHICAGO, DatabaseKind.POSTGRESQL).fullText()).isTrue();
    assertThat(SearchConditions.of(words, CHICAGO, DatabaseKind.H2).fullText()).isFalse();
    var email =
        new CandidateSearch.Criteria(
            "Pat@Example.com", null, null, null, null, null, null, null, null, null, false);
    SearchConditions lookup = SearchConditions.of(email, CHICAGO, DatabaseKind.POSTGRESQL);
    assertThat(lookup.fullText()).isFalse();
    assertThat(lookup.values).containsEntry("email", "pat@example.com");
  }
}
