package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the heading lines of a job entry into title and employer. Handles the common layouts:
 * "Title — Employer, City, ST", "Title, Employer — City", "Title" over "Employer · City", and lines
 * that PDF or HTML extraction wrapped in the middle of a title or employer name.
 */
final class JobHeaderParser {

  private static final Pattern STRONG_SEPARATOR =
      Pattern.compile("\\s+[—–|·•@-]\\s+|\\t| {3,}|\\s+at\\s+(?=\\p{Lu})");
  private static final String EDGE_JUNK = ",;:|·•*—–-";
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=\\p{Ll}{2}|\\p{Lu}{2})\\.\\s+(?=\\p{Lu})");
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)\\b(?:agent|representative|rep|specialist|manager|associate|lead|supervisor|coordinator|assistant"
              + "|advisor|adviser|consultant|producer|teller|clerk|analyst|CSR|director|officer|intern|cashier"
              + "|server|teacher|coach|trainer|banker|administrator|receptionist|technician|owner|president)\\b");
  private static final int WRAPPED_LINE_LENGTH = 58;

  private JobHeaderParser() {}

  static JobHeader parse(List<String> headerLines) {
    JobHeader read = read(headerLines);
    boolean reversed =
        read.employer() != null
            && ROLE.matcher(read.employer()).find()
            && !ROLE.matcher(read.title()).find();
    return reversed ? new JobHeader(read.employer(), read.title()) : read;
  }

  private static JobHeader read(List<String> headerLines) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : rejoinWrapped(headerLines)) {
      List<String> segments = segments(firstSentence(line));
      if (!segments.isEmpty()) {
        lines.add(segments);
      }
    }
    if (lines.isEmpty()) {
      return JobHeader.UNKNOWN;
    }
    List<String> last = lines.get(lines.size() - 1);
    List<List<String>> before = lines.subList(0, lines.size() - 1);
    if (last.size() >= 2) {
      boolean fragmentAbove =
          before.size() == 1
              && before.get(0).size() == 1
              && before.get(0).get(0).split(" ").length <= 2;
      String title = fragmentAbove ? before.get(0).get(0) + " " + last.get(0) : last.get(0);
      return new JobHeader(title, last.get(1));
    }
    if (!before.isEmpty()) {
      String title =
          String.join(" ", before.stream().map(segments -> String.join(" — ", segments)).toList());
      return new JobHeader(title, last.get(0));
    }
    String only = last.get(0);
    int comma = only.lastIndexOf(", ");
    if (comma > 0) {
      return new JobHeader(only.substring(0, comma).trim(), only.substring(comma + 2).trim());
    }
    return new JobHeader(only, null);
  }

  /**
   * Joins a line to the next when extraction wrapped it inside a name rather than between fields.
   */
  private static List<String> rejoinWrapped(List<String> headerLines) {
    List<String> joined = new ArrayList<>();
    for (String line : headerLines) {
      if (!joined.isEmpty()) {
        String previous = joined.get(joined.size() - 1);
        boolean wrapped =
            previous.length() >= WRAPPED_LINE_LENGTH
                || (STRONG_SEPARATOR.matcher(previous).find()
                    && !STRONG_SEPARATOR.matcher(line).find());
        if (wrapped) {
          joined.set(joined.size() - 1, previous + " " + line);
          continue;
        }
      }
      joined.add(line);
    }
    return joined;
  }

  private static String firstSentence(String line) {
    var end = SENTENCE_END.matcher(line);
    return end.find() ? line.substring(0, end.start()) : line;
  }

  private static List<String> segments(String line) {
    return Arrays.stream(STRONG_SEPARATOR.split(line))
        .map(segment -> TextEdges.strip(segment, EDGE_JUNK, EDGE_JUNK))
        .filter(segment -> !segment.isEmpty() && !PlaceNames.isPlace(segment))
        .map(
            segment ->
                TextEdges.strip(PlaceNames.withoutTrailingPlace(segment), EDGE_JUNK, EDGE_JUNK))
        .filter(segment -> !segment.isEmpty())
        .toList();
  }
}
