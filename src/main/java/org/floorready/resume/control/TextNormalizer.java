package org.floorready.resume.control;

import java.text.Normalizer;

/** Evens out the characters that different document formats use for the same thing. */
final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * NFC; every line break as "\n"; soft hyphens, zero-width and byte-order marks dropped; odd
   * spaces as plain spaces; curly quotes and apostrophes as straight ones. One pass over the text.
   */
  static String normalize(String text) {
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {}
        case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\f', '\u000B' ->
            out.append(' ');
        case '\u2019', '\u2018', '\u02BC' -> out.append('\'');
        case '\u201C', '\u201D' -> out.append('"');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
