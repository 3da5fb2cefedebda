package org.floorready.resume.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** The content is not one of the accepted resume formats, whatever its file name says (415). */
@ProblemType(value = "unsupported-document-type", status = 415, title = "Unsupported document type")
public class UnsupportedDocumentType extends Refusal {

  static final String ACCEPTED =
      "Accepted are PDF, Word (DOCX, DOC), RTF, OpenDocument text, plain text and HTML.";

  // first matching fragment of the detected type → what a person would call such a file
  private static final List<Map.Entry<String, String>> KINDS =
      List.of(
          Map.entry("macroenabled", "an Office file with macros (save it as a plain .docx)"),
          Map.entry("spreadsheet", "a spreadsheet"),
          Map.entry("excel", "a spreadsheet"),
          Map.entry("text/csv", "a spreadsheet"),
          Map.entry("presentation", "a presentation"),
          Map.entry("powerpoint", "a presentation"),
          Map.entry("executable", "a program"),
          Map.entry("sharedlib", "a program"),
          Map.entry("msdownload", "a program"),
          Map.entry("dosexec", "a program"),
          Map.entry("java-archive", "a program"),
          Map.entry("mach-o", "a program"),
          Map.entry("x-sh", "a program"),
          Map.entry("zip", "an archive"),
          Map.entry("rar", "an archive"),
          Map.entry("7z", "an archive"),
          Map.entry("gzip", "an archive"),
          Map.entry("x-tar", "an archive"),
          Map.entry("image/", "an image (scan a paper resume to PDF instead)"),
          Map.entry("audio/", "a sound file"),
          Map.entry("video/", "a video"));

  private final String detectedType;

  public UnsupportedDocumentType(String detectedType) {
    super("This looks like " + kindOf(detectedType) + ", not a resume. " + ACCEPTED);
    this.detectedType = detectedType;
  }

  public String detectedType() {
    return detectedType;
  }

  static String kindOf(String detectedType) {
    String type = String.valueOf(detectedType).toLowerCase(Locale.ROOT);
    return KINDS.stream()
        .filter(kind -> type.contains(kind.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("a kind of file we cannot read (" + detectedType + ")");
  }
}
