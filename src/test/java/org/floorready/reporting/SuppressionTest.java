package org.floorready.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.floorready.reporting.control.Suppression;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static List<List<Object>> shown(Suppression s, long[][] t) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < t.length; r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < t[r].length; c++) {
        row.add(s.shown(r, c));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void countsOfFiveOrMoreStayWhenNoHiddenCountFollowsFromTheTotals() {
    // row: 20, 3, 2 = 25: the two small ones could be 0–4 each as long as they add up to 5
    long[][] t = {{20, 3, 2, 25}};
    assertThat(shown(new Suppression(t, true, false), t))
        .containsExactly(List.of(20L, "<5", "<5", 25L));
  }

  @Test
  void aSingleHiddenCountIsProtectedByHidingTheSmallestOtherOne() {
    // 20, 9, 3 = 32: the 3 would be 32 − 20 − 9, so the 9 goes too (the smaller of 20 and 9)
    long[][] t = {{20, 9, 3, 32}};
    assertThat(shown(new Suppression(t, true, false), t))
        .containsExactly(List.of(20L, "—", "<5", 32L));
  }

  @Test
  void aHiddenCountPinnedByAFiveOrMoreNextToItIsProtectedToo() {
    // 6, 5, 0, 0 = 11: the zeros add up to 0, so both are known; hiding the 5 leaves them summing
    // to 5 − (≥ 5) = 0: still known; only hiding the 6 as well leaves each 0 to 1
    long[][] t = {{6, 5, 0, 0, 11}};
    assertThat(shown(new Suppression(t, true, false), t))
        .containsExactly(List.of("—", "—", "<5", "<5", 11L));
  }

  @Test
  void rowsAndColumnsAreProtectedTogetherAndASmallTotalIsHiddenItself() {
    long[][] t = {
      {10, 2, 12},
      {10, 8, 18},
      {20, 10, 30}
    };
    // row 1: the 2 follows from 12 − 10 → the 10 is hidden; column 1 then has the 10 hidden next
    // to it, which follows from 20 − 10 → the other 10 too; column 2: the 2 follows from 10 − 8 →
    // the 8; row 2 then has two hidden counts of 5 or more
    assertThat(shown(new Suppression(t, true, true), t))
        .containsExactly(List.of("—", "<5", 12L), List.of("—", "—", 18L), List.of(20L, 10L, 30L));
    long[][] small = {{1, 2, 3}};
    assertThat(shown(new Suppression(small, true, false), small))
        .containsExactly(List.of("<5", "<5", "<5"));
  }
}
