package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Resume text as cleaned-up lines, grouped into sections by their headings. */
final class ResumeText {
  /** Sub-headings of a job entry, as JSON Resume themes print them. */
  private static final Set<String> ENTRY_PARTS =
      Set.of(
          "highlights", "responsibilities", "achievements", "accomplishments", "duties", "results");

  private final List<ResumeLine> lines;
  private final List<SectionKind> kinds;
  private final List<Section> sections;

  private ResumeText(List<ResumeLine> lines, List<SectionKind> kinds, List<Section> sections) {
    this.lines = List.copyOf(lines);
    this.kinds = List.copyOf(kinds);
    this.sections = List.copyOf(sections);
  }

  static ResumeText of(String rawText) {
    return of(rawText, "text/plain");
  }

  static ResumeText of(String rawText, String mediaType) {
    List<ResumeLine> read = ResumeLines.read(TextNormalizer.normalize(rawText));
    List<ResumeLine> lines = WrappedLineJoiner.join(read, hasSoftLineBreaks(mediaType, read));
    List<Section> sections = new ArrayList<>();
    SectionKind kind = SectionKind.HEADER;
    String heading = "";
    List<ResumeLine> body = new ArrayList<>();
    List<SectionKind> kinds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ResumeLine line = lines.get(i);
      ResumeLine previous = i > 0 ? lines.get(i - 1) : null;
      ResumeLine following = i + 1 < lines.size() ? lines.get(i + 1) : null;
      Optional<SectionKind> next =
          line.bulleted() || isTableCell(previous, line, following)
              ? Optional.empty()
              : SectionHeadings.kindOf(line.text());
      if (next.isPresent() && kind == SectionKind.EXPERIENCE && entryPart(line.text())) {
        next = Optional.empty();
      }
      if (next.isPresent()) {
        sections.add(new Section(kind, heading, body));
        kind = next.get();
        heading = line.text();
        body = new ArrayList<>();
      } else {
        body.add(line);
      }
      kinds.add(kind);
    }
    sections.add(new Section(kind, heading, body));
    return new ResumeText(lines, kinds, sections);
  }

  /**
   * "Highlights", "Responsibilities" and the like under a job (as JSON Resume themes print them)
   * are part of that job's entry, not a new section.
   */
  static boolean entryPart(String text) {
    String words =
        text.strip().replaceAll("[:：]$", "").toLowerCase(Locale.ROOT).replace("key ", "");
    return ENTRY_PARTS.contains(words);
  }

  /**
   * A tabbed line next to other tabbed lines is a table cell, even if it reads "License"; so is a
   * line that starts a run of column titles ("License", "State", "Number").
   */
  private static boolean isTableCell(ResumeLine previous, ResumeLine line, ResumeLine following) {
    boolean cellBefore =
        previous != null && previous.tabbed() && !SectionHeadings.isHeading(previous.text());
    boolean cellAfter = following != null && following.tabbed();
    boolean columnTitles =
        following != null
            && LicenseTableRows.isHeaderCell(line.text())
            && LicenseTableRows.isHeaderCell(following.text());
    return (line.tabbed() && (cellBefore || cellAfter)) || columnTitles;
  }

  /**
   * In text extracted from HTML a single line break is just source-code wrapping and blocks are
   * separated by empty lines; minified HTML has no such wrapping, and no empty lines to go by.
   */
  private static boolean hasSoftLineBreaks(String mediaType, List<ResumeLine> lines) {
    if (mediaType == null
        || !mediaType.toLowerCase(Locale.ROOT).contains("html")
        || lines.isEmpty()) {
      return false;
    }
    long blocks = lines.stream().filter(ResumeLine::afterBlank).count();
    return blocks * 4 >= lines.size();
  }

  List<ResumeLine> lines() {
    return lines;
  }

  /** The kind of section the line at {@code index} of {@link #lines()} belongs to. */
  SectionKind kindAt(int index) {
    return kinds.get(index);
  }

  List<Section> sections() {
    return sections;
  }

  boolean has(SectionKind kind) {
    return sections.stream().anyMatch(section -> section.kind() == kind);
  }

  List<ResumeLine> linesOf(SectionKind kind) {
    return sections.stream()
        .filter(section -> section.kind() == kind)
        .flatMap(section -> section.lines().stream())
        .toList();
  }
}
