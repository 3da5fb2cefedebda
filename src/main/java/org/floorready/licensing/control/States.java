package org.floorready.licensing.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The 50 states and DC by postal code, the places a producer license is issued in. */
public final class States {
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    String[] pairs = {
      "AL",
      "Alabama",
      "AK",
      "Alaska",
      "AZ",
      "Arizona",
      "AR",
      "Arkansas",
      "CA",
      "California",
      "CO",
      "Colorado",
      "CT",
      "Connecticut",
      "DE",
      "Delaware",
      "DC",
      "District of Columbia",
      "FL",
      "Florida",
      "GA",
      "Georgia",
      "HI",
      "Hawaii",
      "ID",
      "Idaho",
      "IL",
      "Illinois",
      "IN",
      "Indiana",
      "IA",
      "Iowa",
      "KS",
      "Kansas",
      "KY",
      "Kentucky",
      "LA",
      "Louisiana",
      "ME",
      "Maine",
      "MD",
      "Maryland",
      "MA",
      "Massachusetts",
      "MI",
      "Michigan",
      "MN",
      "Minnesota",
      "MS",
      "Mississippi",
      "MO",
      "Missouri",
      "MT",
      "Montana",
      "NE",
      "Nebraska",
      "NV",
      "Nevada",
      "NH",
      "New Hampshire",
      "NJ",
      "New Jersey",
      "NM",
      "New Mexico",
      "NY",
      "New York",
      "NC",
      "North Carolina",
      "ND",
      "North Dakota",
      "OH",
      "Ohio",
      "OK",
      "Oklahoma",
      "OR",
      "Oregon",
      "PA",
      "Pennsylvania",
      "RI",
      "Rhode Island",
      "SC",
      "South Carolina",
      "SD",
      "South Dakota",
      "TN",
      "Tennessee",
      "TX",
      "Texas",
      "UT",
      "Utah",
      "VT",
      "Vermont",
      "VA",
      "Virginia",
      "WA",
      "Washington",
      "WV",
      "West Virginia",
      "WI",
      "Wisconsin",
      "WY",
      "Wyoming"
    };
    for (int i = 0; i < pairs.length; i += 2) {
      NAMES.put(pairs[i], pairs[i + 1]);
    }
  }

  private States() {}

  public static Map<String, String> all() {
    return Collections.unmodifiableMap(NAMES);
  }

  public static boolean known(String code) {
    return code != null && NAMES.containsKey(code.strip().toUpperCase(Locale.ROOT));
  }

  /** The code in upper case, or null when it is not a state or DC. */
  public static String code(String text) {
    return known(text) ? text.strip().toUpperCase(Locale.ROOT) : null;
  }
}
