package org.floorready.resume.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The National Producer Number: "NPN", "NIPR NPN", "National Producer Number/No./ID", 6–10 digits.
 */
final class NpnExtractor {

  private static final Pattern NPN =
      Pattern.compile(
          "(?<![\\p{L}])(?:NIPR\\s*)?(?:NPN|N\\.P\\.N\\.|(?i:national\\s+producer\\s+(?:number|no\\.?|id|#))"
              + "|NIPR\\s*(?:#|(?i:number|no\\.|id)))"
              + "[^\\d\\n]{0,25}?(?<![\\d-])(\\d{6,10})(?![\\d-])");

  private NpnExtractor() {}

  /** Every way NPN spells its label contains one of these: most lines can be passed over. */
  private static boolean mayNameNpn(String line) {
    return line.contains("NPN")
        || line.contains("N.P.N.")
        || line.contains("NIPR")
        || IgnoringCase.contains(line, "national");
  }

  static Optional<Found<String>> extract(ResumeText text) {
    List<ResumeLine> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      if (!mayNameNpn(line)) {
        continue;
      }
      Matcher npn = NPN.matcher(line);
      if (npn.find()) {
        return Optional.of(new Found<>(npn.group(1), line));
      }
      // the label at the end of one line and the number at the start of the next (a PDF wrap)
      if (i + 1 < lines.size()) {
        String wrapped = line + " " + lines.get(i + 1).text();
        Matcher across = NPN.matcher(wrapped);
        if (across.find() && across.start(1) > line.length() && LABEL_AT_END.matcher(line).find()) {
          return Optional.of(new Found<>(across.group(1), wrapped));
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern LABEL_AT_END =
      Pattern.compile("(?:NPN|(?i:number|no\\.|id|#))\\s*[:#]?\\s*$");
}
