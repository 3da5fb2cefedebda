package org.floorready.candidate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {
  private static List<Long> ids(int count) {
    return LongStream.rangeClosed(1, count).boxed().toList();
  }

  @Test
  void countingStopsAtTheFirstThousandPastThePage() {
    assertThat(CandidateSearch.positionsToCount(0, 25)).isEqualTo(1000);
    assertThat(CandidateSearch.positionsToCount(950, 25)).isEqualTo(1000);
    assertThat(CandidateSearch.positionsToCount(975, 25)).isEqualTo(2000);
    assertThat(CandidateSearch.positionsToCount(4000, 500)).isEqualTo(5000);
  }

  @Test
  void moreMatchesThanCountedAreAMoreThanTotal() {
    CandidateSearch.Result first = CandidateSearch.Result.cut(ids(1001), 1000, 0, 25);
    assertThat(first.ids()).isEqualTo(ids(25));
    assertThat(first.total()).isEqualTo(1000);
    assertThat(first.totalCapped()).isTrue();
  }

  @Test
  void fewerMatchesAreCountedExactly() {
    CandidateSearch.Result last = CandidateSearch.Result.cut(ids(1205), 2000, 1200, 25);
    assertThat(last.ids()).containsExactly(1201L, 1202L, 1203L, 1204L, 1205L);
    assertThat(last.total()).isEqualTo(1205);
    assertThat(last.totalCapped()).isFalse();
    CandidateSearch.Result exactlyAThousand = CandidateSearch.Result.cut(ids(1000), 1000, 0, 25);
    assertThat(exactlyAThousand.totalCapped()).isFalse();
    assertThat(CandidateSearch.Result.cut(ids(3), 1000, 25, 25).ids()).isEmpty();
  }
}
