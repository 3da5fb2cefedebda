package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spoken languages, by English name whatever name the resume uses ("Español" → Spanish). Read from
 * a languages section or a "Languages:" label; without those, from the top, summary and skills
 * lines that say "bilingual", "fluent" and the like. English is listed when the resume lists it.
 */
final class LanguageExtractor {

  private static final Pattern LABEL =
      Pattern.compile("^(?i:languages?(?:\\s+spoken)?)\\s*[:\\-–—]");
  private static final Pattern SPEAKING_CUE =
      Pattern.compile(
          "(?i)bilingual|trilingual|multilingual|fluent|native|speak|spoken|conversational|proficien|language");

  private static final int LONGEST_LANGUAGE_LIST = 8;

  private final TermMatcher languages = new TermMatcher(TermMatcher.readResource("languages.txt"));

  List<Found<String>> extract(ResumeText text) {
    Map<String, Found<String>> found = new LinkedHashMap<>();
    List<ResumeLine> listed = new ArrayList<>();
    text.sections().stream()
        .filter(section -> section.kind() == SectionKind.LANGUAGES)
        .forEach(
            section ->
                listed.addAll(section.lines().stream().limit(LONGEST_LANGUAGE_LIST).toList()));
    text.lines().stream()
        .filter(line -> LABEL.matcher(line.text()).lookingAt())
        .forEach(listed::add);
    collect(listed, found);
    if (found.isEmpty()) {
      List<ResumeLine> top = new ArrayList<>(text.linesOf(SectionKind.HEADER));
      top.addAll(text.linesOf(SectionKind.SUMMARY));
      top.addAll(text.linesOf(SectionKind.SKILLS));
      collect(
          top.stream().filter(line -> SPEAKING_CUE.matcher(line.text()).find()).toList(), found);
    }
    return List.copyOf(found.values());
  }

  private void collect(List<ResumeLine> lines, Map<String, Found<String>> found) {
    for (ResumeLine line : lines) {
      for (TermMatcher.Hit hit : languages.find(line.text())) {
        found.putIfAbsent(hit.name(), new Found<>(hit.name(), line.text()));
      }
    }
  }
}
