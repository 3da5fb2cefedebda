package org.floorready.resume.control;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses and phone numbers (E.164, US unless the number says otherwise). */
final class ContactExtractor {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
              + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\\.)+[A-Za-z]{2,24}(?![\\w-])");
  private static final Pattern PERSONAL_LABEL =
      Pattern.compile("(?i)\\b(?:cell|mobile|mob|home|personal|c)\\b");
  private static final Pattern WORK_LABEL =
      Pattern.compile("(?i)\\b(?:office|work|business|main|desk|direct|w|o)\\b");
  private static final Pattern FAX_LABEL = Pattern.compile("(?i)\\b(?:fax|f)\\b");
  private static final Pattern NUMBER_LABEL =
      Pattern.compile(
          "(?i)(?:licen[cs]e|\\blic\\.|\\bnpn|producer|policy|account|member|\\bid)"
              + "\\s*(?:#|no\\.?|number|num\\.?)?\\s*[:#]?\\s*$");

  /** "06/2017 – 12/2019" has ten digits and reads as a valid US number to libphonenumber. */
  private static final Pattern MONTH_AND_YEAR =
      Pattern.compile("(?<!\\d)(?:0?[1-9]|1[0-2])/(?:19|20)\\d\\d(?!\\d)");

  private static final int LABEL_REACH = 12;

  /**
   * Phone numbers sit in short contact lines; skipping paragraphs keeps number-heavy text cheap.
   */
  private static final int LONGEST_CONTACT_LINE = 400;

  private static final long MAX_TRIES_PER_LINE = 20;
  private static final int SHORTEST_PHONE = 10;

  /** What libphonenumber accepts between the digits of one number. */
  private static final String PHONE_PUNCTUATION =
      "+()-./~\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D"
          + "\uFF0F\uFF08\uFF09\uFF3B\uFF3D[]\u2053\u223C\uFF5E\u00AD\u200B\u2060\t";

  private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

  List<Found<String>> emails(ResumeText text) {
    Map<String, Found<String>> byAddress = new LinkedHashMap<>();
    for (ResumeLine line : text.lines()) {
      if (line.text().indexOf('@') < 0) {
        continue;
      }
      Matcher email = EMAIL.matcher(ocrSplitEmail(line.text()));
      while (email.find()) {
        String address = email.group();
        byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), new Found<>(address, line.text()));
      }
    }
    return List.copyOf(byAddress.values());
  }

  /**
   * OCR reads "jane.doe7@example.com" as "jane. doe7@example.com" or "jane.doe 7@example.com": a
   * line, or a part of a contact line between separators ("Omaha, NE - 402/555-0103 - jose.
   * fitzgerald@…"), that is only that (a first part with a dot, one space, an address) is joined
   * back; a sentence before an address ("Write me. jane@…", "Email jane@…") is left alone.
   */
  static String ocrSplitEmail(String line) {
    return SPLIT_AT_DOT.matcher(line.strip()).replaceAll("$1$2");
  }

  private static final String CONTACT_SEPARATOR = "\\s[|·•–—-]\\s|\\t| {3}";

  private static final Pattern SPLIT_AT_DOT =
      Pattern.compile(
          "(?:^|(?<="
              + CONTACT_SEPARATOR
              + "))([\\w+-]+\\.[\\w.+-]*)\\s([\\w.+-]+@[\\w.-]+\\.[A-Za-z]{2,})(?=$|"
              + CONTACT_SEPARATOR
              + ")");

  /** Phones in E.164, personal numbers first, then unlabeled ones, then work numbers; never fax. */
  List<Found<String>> phones(ResumeText text) {
    record Ranked(Found<String> phone, int rank, int order) {}
    Map<String, Ranked> byNumber = new LinkedHashMap<>();
    for (ResumeLine line : text.lines()) {
      if (line.text().length() > LONGEST_CONTACT_LINE || !hasDialableRun(line.text())) {
        continue;
      }
      for (PhoneNumberMatch match :
          phoneNumbers.findNumbers(
              line.text(), "US", PhoneNumberUtil.Leniency.VALID, MAX_TRIES_PER_LINE)) {
        String label = labelAround(line.text(), match);
        String before =
            line.text().substring(Math.max(0, match.start() - LABEL_REACH), match.start());
        if (FAX_LABEL.matcher(label).find()
            || NUMBER_LABEL.matcher(before).find()
            || MONTH_AND_YEAR.matcher(match.rawString()).find()) {
          continue;
        }
        int rank =
            PERSONAL_LABEL.matcher(label).find() ? 0 : WORK_LABEL.matcher(label).find() ? 2 : 1;
        String e164 = phoneNumbers.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
        byNumber.putIfAbsent(
            e164, new Ranked(new Found<>(e164, line.text()), rank, byNumber.size()));
      }
    }
    List<Ranked> ranked = new ArrayList<>(byNumber.values());
    ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order));
    return ranked.stream().map(Ranked::phone).toList();
  }

  /**
   * Whether the line holds {@value #SHORTEST_PHONE} digits with nothing but phone punctuation
   * between them, as every number libphonenumber can find does; most lines with years and amounts
   * do not.
   */
  private static boolean hasDialableRun(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits == SHORTEST_PHONE) {
          return true;
        }
      } else if (PHONE_PUNCTUATION.indexOf(c) < 0 && !Character.isSpaceChar(c)) {
        digits = 0;
      }
    }
    return false;
  }

  /** The few characters either side of a number, where "(cell)" or "Fax:" would be written. */
  private static String labelAround(String line, PhoneNumberMatch match) {
    String before = line.substring(Math.max(0, match.start() - LABEL_REACH), match.start());
    int colon = Math.max(before.lastIndexOf('·'), before.lastIndexOf('|'));
    if (colon >= 0) {
      before = before.substring(colon + 1);
    }
    String after = line.substring(match.end(), Math.min(line.length(), match.end() + LABEL_REACH));
    int cut = after.indexOf('·') >= 0 ? after.indexOf('·') : after.indexOf('|');
    if (cut >= 0) {
      after = after.substring(0, cut);
    }
    return before + " " + after;
  }
}
