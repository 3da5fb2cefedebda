package org.floorready.resume.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorready.resume.entity.HeldLicense;

/**
 * Reads one written license line, such as "Nebraska — Resident Producer, Property and Casualty,
 * License No. 100417736" or "Non-resident P&C: Iowa, Kansas", into one license per state named.
 */
final class LicenseRecordParser {

  private static final Pattern NOT_HELD =
      Pattern.compile(
          "pre-?licens|\\bcourse\\b|\\bexam\\b|studying|scheduled|plan(?:s|ning)?\\s+to|working\\s+toward|pursuing"
              + "|in\\s+progress|not\\s+(?:yet\\s+)?licensed|\\bno\\s+(?:[\\w&]+\\s+){0,4}licen[cs]e|expected"
              + "|will\\s+(?:obtain|apply|take|sit)|eligible|applied\\s+for|\\bpending\\b|\\bseeking\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LAPSED =
      Pattern.compile(
          "laps|expired|inactive|cancell?ed|revoked|not\\s+renewed|terminated|suspended|surrendered"
              + "|voluntarily\\s+closed",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPIRY =
      Pattern.compile(
          "(?i:expir\\w*|exp\\.?|valid|active|good)"
              + "\\s*(?i:through|thru|until|till|to|on)?\\s*:?\\s*(\\d{1,2})/(?:\\d{1,2}/)?(\\d{4})");
  private static final Pattern NON_RESIDENT =
      Pattern.compile("non[\\s-]*resident|\\bnonres\\b|\\bNR\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESIDENT =
      Pattern.compile("\\bresident\\b|\\bhome\\s+state\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?:(?i:licen[cs]e|lic\\.|reference|ref\\.)\\s*(?:(?i:#|no\\.?|number|num\\.?)\\s*)?[:#]?"
              + "|(?<![\\p{L}])(?:#|(?i:no\\.|number))\\s*:?)"
              + "\\s*([A-Z0-9][A-Z0-9-]{3,15})(?![\\w-])");
  private static final Pattern OWN_RESIDENCY =
      Pattern.compile(
          "\\s*[(\\[,:–—-]?\\s*(non[\\s-]*resident|resident|nonres|NR)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int RESIDENCY_REACH = 25;
  private static final Pattern NPN_BEFORE = Pattern.compile("(?i)(?:NPN|producer)\\s*[:#]?\\s*$");

  private static final String NONE = "none";
  private static final Pattern NOTHING_HELD =
      Pattern.compile(
          "not\\s+(?:yet\\s+)?licensed|\\bno\\s+(?:[\\w&]+\\s+){0,4}licen[cs]e",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PENDING =
      Pattern.compile(
          "\\bpending\\b|applied\\s+for|exam\\s+passed|passed\\s+(?:the\\s+|my\\s+)?(?:[\\w&]+\\s+)?exam",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPECTED =
      Pattern.compile(
          "expected|plan(?:s|ning)?\\s+to|eligible|will\\s+(?:obtain|apply|take|sit)",
          Pattern.CASE_INSENSITIVE);

  private LicenseRecordParser() {}

  /**
   * For a record about a license not (yet) held: its status (pending, in progress, expected), or
   * "none" when it says there is no license at all; null for a license held or lapsed.
   */
  private static String notYetHeld(String record) {
    if (!NOT_HELD.matcher(record).find()) {
      return null;
    }
    if (NOTHING_HELD.matcher(record).find()) {
      return NONE;
    }
    if (PENDING.matcher(record).find()) {
      return HeldLicense.PENDING;
    }
    return EXPECTED.matcher(record).find() ? HeldLicense.EXPECTED : HeldLicense.IN_PROGRESS;
  }

  /**
   * @param named the lines of authority the record itself names ({@link LinesOfAuthority#in})
   */
  static List<HeldLicense> parse(
      String record, List<String> named, List<String> inheritedLines, LocalDate today) {
    String firstNumber = licenseNumber(record);
    String notYet = firstNumber == null ? notYetHeld(record) : null;
    if (NONE.equals(notYet)) {
      return List.of();
    }
    List<String> lines = named.isEmpty() ? inheritedLines : named;
    String status =
        notYet != null ? notYet : lapsed(record, today) ? HeldLicense.LAPSED : HeldLicense.ACTIVE;
    String[] clauses = record.split(";");
    boolean mixedCase = record.chars().anyMatch(Character::isLowerCase);
    List<HeldLicense> licenses = new ArrayList<>();
    for (String clause : clauses) {
      Map<String, Boolean> states = states(clause, mixedCase);
      Boolean clauseResidency = residency(clauses.length > 1 ? clause : record);
      String licenseNumber = states.size() == 1 && clauses.length == 1 ? firstNumber : null;
      states.forEach(
          (state, ownResidency) ->
              licenses.add(
                  new HeldLicense(
                      state,
                      lines,
                      licenseNumber,
                      ownResidency != null ? ownResidency : clauseResidency,
                      status)));
    }
    return licenses;
  }

  private static String licenseNumber(String record) {
    Matcher number = NUMBER.matcher(record);
    while (number.find()) {
      boolean isNpn = NPN_BEFORE.matcher(record.substring(0, number.start())).find();
      if (!isNpn && number.group(1).chars().anyMatch(Character::isDigit)) {
        return number.group(1);
      }
    }
    return null;
  }

  /**
   * The states a clause names, each with any residency written right after it ("TX (resident)").
   */
  private static Map<String, Boolean> states(String clause, boolean mixedCase) {
    Map<String, Boolean> states = new LinkedHashMap<>();
    Matcher state = UsStates.STATE.matcher(clause);
    List<int[]> spans = new ArrayList<>();
    while (state.find()) {
      if (mixedCase || !UsStates.AMBIGUOUS_CODES.contains(state.group())) {
        spans.add(new int[] {state.start(), state.end()});
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = spans.get(i)[1];
      int next = i + 1 < spans.size() ? spans.get(i + 1)[0] : clause.length();
      String after = clause.substring(end, Math.min(next, end + RESIDENCY_REACH));
      Matcher own = OWN_RESIDENCY.matcher(after);
      Boolean residency = own.lookingAt() ? residency(own.group(1)) : null;
      UsStates.code(clause.substring(spans.get(i)[0], end))
          .ifPresent(code -> states.putIfAbsent(code, residency));
    }
    return states;
  }

  private static Boolean residency(String text) {
    if (NON_RESIDENT.matcher(text).find()) {
      return false;
    }
    return RESIDENT.matcher(text).find() ? true : null;
  }

  private static boolean lapsed(String record, LocalDate today) {
    if (LAPSED.matcher(record).find()) {
      return true;
    }
    Matcher expiry = EXPIRY.matcher(record);
    if (expiry.find()) {
      int month = Integer.parseInt(expiry.group(1));
      return month >= 1
          && month <= 12
          && YearMonth.of(Integer.parseInt(expiry.group(2)), month).isBefore(YearMonth.from(today));
    }
    return false;
  }
}
