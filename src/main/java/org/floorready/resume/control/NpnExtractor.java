package org.floorready.resume.control;

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
    for (ResumeLine line : text.lines()) {
      if (!mayNameNpn(line.text())) {
        continue;
      }
      Matcher npn = NPN.matcher(line.text());
      if (npn.find()) {
        return Optional.of(new Found<>(npn.group(1), line.text()));
      }
    }
    return Optional.empty();
  }
}
