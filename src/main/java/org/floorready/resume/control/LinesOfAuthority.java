package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the lines of authority a license text names, in the regulators' usual words. */
final class LinesOfAuthority {

  static final String PROPERTY = "Property";
  static final String CASUALTY = "Casualty";
  static final String PERSONAL_LINES = "Personal Lines";
  static final String LIFE = "Life";
  static final String HEALTH = "Health";

  private static final Pattern P_AND_C =
      Pattern.compile(
          "\\bP\\s*(?:&|and|/)\\s*C\\b|(?:property|fire)\\s*(?:&|and|/|,)\\s*casualty"
              + "|\\bgeneral\\s+lines\\b|\\b2-20\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPERTY_ALONE =
      Pattern.compile("\\bproperty\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CASUALTY_ALONE =
      Pattern.compile("\\bcasualty\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PERSONAL =
      Pattern.compile("\\bpersonal\\s+lines?\\b|\\b2-40\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIFE_LINE =
      Pattern.compile("\\blife\\b|\\bL\\s*&\\s*H\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEALTH_LINE =
      Pattern.compile(
          "\\b(?:accident\\s*(?:&|and)\\s*)?health\\b|\\bsickness\\b|\\bA\\s*&\\s*H\\b|\\bL\\s*&\\s*H\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMERCIAL =
      Pattern.compile("\\bcommercial\\s+lines?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SURPLUS =
      Pattern.compile("\\bsurplus\\s+lines?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADJUSTER =
      Pattern.compile("\\badjuster\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE =
      Pattern.compile("\\btitle\\s+(?:insurance|agent|producer)\\b", Pattern.CASE_INSENSITIVE);

  private LinesOfAuthority() {}

  static List<String> in(String text) {
    List<String> lines = new ArrayList<>();
    if (ADJUSTER.matcher(text).find()) {
      lines.add("Adjuster");
      return lines;
    }
    if (PERSONAL.matcher(text).find()) {
      lines.add(PERSONAL_LINES);
    }
    boolean bothPandC = P_AND_C.matcher(text).find();
    if (bothPandC || PROPERTY_ALONE.matcher(text).find()) {
      lines.add(PROPERTY);
    }
    if (bothPandC || CASUALTY_ALONE.matcher(text).find()) {
      lines.add(CASUALTY);
    }
    if (LIFE_LINE.matcher(text).find()) {
      lines.add(LIFE);
    }
    if (HEALTH_LINE.matcher(text).find()) {
      lines.add(HEALTH);
    }
    if (COMMERCIAL.matcher(text).find()) {
      lines.add("Commercial Lines");
    }
    if (SURPLUS.matcher(text).find()) {
      lines.add("Surplus Lines");
    }
    if (TITLE.matcher(text).find()) {
      lines.add("Title");
    }
    return lines;
  }

  static boolean includesPropertyCasualty(List<String> lines) {
    return lines.contains(PROPERTY) || lines.contains(CASUALTY) || lines.contains(PERSONAL_LINES);
  }
}
