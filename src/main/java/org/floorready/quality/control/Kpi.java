package org.floorready.quality.control;

import java.util.function.Function;

/** A floor KPI as a week shows it, and which way is better. */
public enum Kpi {
  CALLS_HANDLED("Calls handled", true, w -> number(w.callsHandled())),
  AHT("Average handle time (s)", false, w -> number(w.ahtSeconds())),
  TALK("Average talk time (s)", false, w -> number(w.talkSeconds())),
  HOLD("Average hold time (s)", false, w -> number(w.holdSeconds())),
  FOLLOW_UPS("Follow-up calls", false, w -> number(w.followUps())),
  QUOTES("Quotes", true, w -> number(w.quotes())),
  POLICIES_SOLD("Policies sold", true, w -> number(w.policiesSold())),
  CONVERSION("Sales conversion (%)", true, KpiWeeks.Week::conversion),
  QA("QA score (%)", true, KpiWeeks.Week::qaScore),
  ADHERENCE("Schedule adherence (%)", true, KpiWeeks.Week::adherence);

  private final String label;
  private final boolean higherIsBetter;
  private final Function<KpiWeeks.Week, Double> value;

  Kpi(String label, boolean higherIsBetter, Function<KpiWeeks.Week, Double> value) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
    this.value = value;
  }

  public String label() {
    return label;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The week's value (null: not reported). */
  public Double of(KpiWeeks.Week week) {
    return value.apply(week);
  }

  /** Whether a value meets a target, the better way round. */
  public boolean meets(double value, double target) {
    return higherIsBetter ? value >= target : value <= target;
  }

  private static Double number(Integer n) {
    return n == null ? null : n.doubleValue();
  }
}
