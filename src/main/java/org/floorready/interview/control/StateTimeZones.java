package org.floorready.interview.control;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A first guess of a candidate's time zone from the state on their profile: the zone most of the
 * state's people live in (a few states span two; the scheduler may change it). Nothing is guessed
 * without a state.
 */
public final class StateTimeZones {
  private static final String EASTERN = "America/New_York";
  private static final String CENTRAL = "America/Chicago";
  private static final String MOUNTAIN = "America/Denver";
  private static final String PACIFIC = "America/Los_Angeles";

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("AL", CENTRAL), Map.entry("AK", "America/Anchorage"),
          Map.entry("AZ", "America/Phoenix"), Map.entry("AR", CENTRAL),
          Map.entry("CA", PACIFIC), Map.entry("CO", MOUNTAIN),
          Map.entry("CT", EASTERN), Map.entry("DE", EASTERN),
          Map.entry("DC", EASTERN), Map.entry("FL", EASTERN),
          Map.entry("GA", EASTERN), Map.entry("HI", "Pacific/Honolulu"),
          Map.entry("ID", "America/Boise"), Map.entry("IL", CENTRAL),
          Map.entry("IN", "America/Indiana/Indianapolis"), Map.entry("IA", CENTRAL),
          Map.entry("KS", CENTRAL), Map.entry("KY", EASTERN),
          Map.entry("LA", CENTRAL), Map.entry("ME", EASTERN),
          Map.entry("MD", EASTERN), Map.entry("MA", EASTERN),
          Map.entry("MI", "America/Detroit"), Map.entry("MN", CENTRAL),
          Map.entry("MS", CENTRAL), Map.entry("MO", CENTRAL),
          Map.entry("MT", MOUNTAIN), Map.entry("NE", CENTRAL),
          Map.entry("NV", PACIFIC), Map.entry("NH", EASTERN),
          Map.entry("NJ", EASTERN), Map.entry("NM", MOUNTAIN),
          Map.entry("NY", EASTERN), Map.entry("NC", EASTERN),
          Map.entry("ND", CENTRAL), Map.entry("OH", EASTERN),
          Map.entry("OK", CENTRAL), Map.entry("OR", PACIFIC),
          Map.entry("PA", EASTERN), Map.entry("RI", EASTERN),
          Map.entry("SC", EASTERN), Map.entry("SD", CENTRAL),
          Map.entry("TN", CENTRAL), Map.entry("TX", CENTRAL),
          Map.entry("UT", MOUNTAIN), Map.entry("VT", EASTERN),
          Map.entry("VA", EASTERN), Map.entry("WA", PACIFIC),
          Map.entry("WV", EASTERN), Map.entry("WI", CENTRAL),
          Map.entry("WY", MOUNTAIN), Map.entry("PR", "America/Puerto_Rico"));

  private StateTimeZones() {}

  public static Optional<ZoneId> of(String stateCode) {
    return stateCode == null
        ? Optional.empty()
        : Optional.ofNullable(ZONES.get(stateCode.strip().toUpperCase(Locale.ROOT)))
            .map(ZoneId::of);
  }
}
