package org.floorready.resume.control;

import java.util.Locale;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** The file is bigger than a resume can reasonably be (413). */
@ProblemType(value = "document-too-large", status = 413, title = "Document too large")
public class DocumentTooLarge extends Refusal {

  public DocumentTooLarge(long size, long limit) {
    super(
        String.format(
            Locale.ROOT,
            "The file has %d bytes; the limit is %d bytes (%.1f MB).",
            size,
            limit,
            limit / (1024.0 * 1024.0)));
  }
}
