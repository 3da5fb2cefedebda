package org.floorready.resume.control;

import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What came back from the child for one parse.
 *
 * @param contentType the type the child parsed the document as
 * @param pagesWithoutText PDF pages with (almost) no text layer: OCR candidates
 * @param truncated the text hit the write limit
 * @param embeddedProblems something embedded in the document could not be read
 * @param repairs what the child repaired to read a Word file (see RepairingOoxmlParser)
 */
record ParsedDocument(
    String contentType,
    String text,
    int pagesWithoutText,
    boolean truncated,
    boolean embeddedProblems,
    List<String> repairs) {

  // the child's RepairingOoxmlParser (org.floorready.resume.tika) sets these; it is not on
  // this JVM's class path
  static final String REPAIRED = "X-FloorReady:repaired";
  static final String CONTENT_TYPES_REPAIRED = "content-types";
  static final String TEXT_ONLY = "main-part-text";

  ParsedDocument withText(String newText) {
    return new ParsedDocument(
        contentType, newText, pagesWithoutText, truncated, embeddedProblems, repairs);
  }

  static ParsedDocument of(Metadata metadata, boolean truncated) {
    String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
    Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
    boolean embeddedProblems =
        metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION) != null
            || metadata.get(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM) != null;
    return new ParsedDocument(
        metadata.get(Metadata.CONTENT_TYPE),
        text == null ? "" : text.strip(),
        ocrPages == null ? 0 : ocrPages,
        truncated,
        embeddedProblems,
        List.of(metadata.getValues(REPAIRED)));
  }
}
