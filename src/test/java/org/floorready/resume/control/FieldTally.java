package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.List;

/** Right and wrong answers for one field across the corpus, with the misses spelled out. */
final class FieldTally {

  private final String field;
  private final double threshold;
  private double score;
  private int total;
  private final List<String> misses = new ArrayList<>();

  FieldTally(String field, double threshold) {
    this.field = field;
    this.threshold = threshold;
  }

  void record(String file, boolean correct, Object expected, Object actual) {
    add(file, correct ? 1 : 0, expected, actual);
  }

  void add(String file, double share, Object expected, Object actual) {
    total++;
    score += share;
    if (share < 1) {
      misses.add(file + ": expected " + expected + ", got " + actual);
    }
  }

  double accuracy() {
    return total == 0 ? 1 : score / total;
  }

  boolean passes() {
    return accuracy() + 1e-9 >= threshold;
  }

  int total() {
    return total;
  }

  String field() {
    return field;
  }

  String row() {
    String bar = threshold > 0 ? String.format("%5.0f%%", threshold * 100) : "    -";
    return String.format(
        "%-22s %6.1f%%  (%5.2f / %2d)  min %s  %s",
        field, accuracy() * 100, score, total, bar, passes() ? "ok" : "FAIL");
  }

  List<String> misses() {
    return misses;
  }
}
