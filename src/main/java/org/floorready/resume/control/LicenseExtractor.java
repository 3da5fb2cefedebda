package org.floorready.resume.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.floorready.resume.entity.HeldLicense;

/**
 * State insurance licenses. Reads the licenses section when there is one, line by line (tables
 * rebuilt row by row); without one, any line that speaks of a license and names a line of
 * authority.
 */
final class LicenseExtractor {

  private static final Pattern MENTIONS_LICENSE = Pattern.compile("(?i)licen[cs]");

  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[\\p{L}\\d)]\\.)\\s+(?=\\p{Lu})");

  private LicenseExtractor() {}

  static List<Found<HeldLicense>> extract(ResumeText text, LocalDate today) {
    Map<String, Found<HeldLicense>> byState = new LinkedHashMap<>();
    if (text.has(SectionKind.LICENSES)) {
      for (Section section : text.sections()) {
        if (section.kind() == SectionKind.LICENSES) {
          List<String> headingLines = LinesOfAuthority.in(section.heading());
          read(LicenseTableRows.records(section.lines()), headingLines, today, byState);
        }
      }
    } else {
      List<String> sentences =
          text.lines().stream()
              .map(ResumeLine::text)
              // one sentence at a time: "TX P&C license, active. NM license (expired 2021)."
              .flatMap(SENTENCE_BREAK::splitAsStream)
              .filter(line -> MENTIONS_LICENSE.matcher(line).find())
              .filter(line -> !LinesOfAuthority.in(line).isEmpty())
              .toList();
      read(sentences, List.of(), today, byState);
    }
    return List.copyOf(byState.values());
  }

  /** Reads license lines in order; a line naming no line of authority takes the last one named. */
  private static void read(
      List<String> records,
      List<String> headingLines,
      LocalDate today,
      Map<String, Found<HeldLicense>> byState) {
    List<String> lastLines = headingLines;
    for (String record : records) {
      List<String> named = LinesOfAuthority.in(record);
      List<HeldLicense> licenses = LicenseRecordParser.parse(record, named, lastLines, today);
      if (!named.isEmpty() && !licenses.isEmpty()) {
        lastLines = named;
      }
      for (HeldLicense license : licenses) {
        byState.merge(license.state(), new Found<>(license, record), LicenseExtractor::merge);
      }
    }
  }

  private static Found<HeldLicense> merge(Found<HeldLicense> first, Found<HeldLicense> second) {
    HeldLicense a = first.value();
    HeldLicense b = second.value();
    LinkedHashSet<String> lines = new LinkedHashSet<>(a.linesOfAuthority());
    lines.addAll(b.linesOfAuthority());
    HeldLicense merged =
        new HeldLicense(
            a.state(),
            List.copyOf(lines),
            a.number() != null ? a.number() : b.number(),
            a.resident() != null ? a.resident() : b.resident(),
            HeldLicense.STATUSES.indexOf(a.status()) <= HeldLicense.STATUSES.indexOf(b.status())
                ? a.status()
                : b.status());
    return new Found<>(merged, first.source());
  }
}
