package org.floorready.resume.control;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Letters tesseract reads as look-alike symbols in OCR'd text, put back where the symbol cannot be
 * meant: a "]" that ends a word ("E] Paso") on a line without any "[" is an "l".
 */
final class OcrConfusions {

  private static final Pattern BRACKET_FOR_L = Pattern.compile("(?<=\\p{L})\\](?=[\\s,.;:]|$)");

  private OcrConfusions() {}

  static String repair(String text) {
    return text.lines()
        .map(line -> line.indexOf('[') < 0 ? BRACKET_FOR_L.matcher(line).replaceAll("l") : line)
        .collect(Collectors.joining("\n"));
  }
}
