package org.floorready.resume.control;

import java.util.List;
import java.util.Objects;

/**
 * Plain text of an accepted resume.
 *
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param text the extracted text; blank only when {@code needsOcr}
 * @param needsOcr some or all pages are images without a text layer that were not OCR'd
 * @param warnings what a reviewer should know, e.g. truncation or pages without text
 */
public record ExtractedText(
    String mediaType, String text, boolean needsOcr, List<String> warnings) {

  public ExtractedText {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
