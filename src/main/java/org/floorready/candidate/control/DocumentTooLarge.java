package org.floorready.candidate.control;

import java.util.Locale;
import org.floorready.platform.Refusal;

/** The file is bigger than a resume can reasonably be (413). */
public class DocumentTooLarge extends Refusal {

  public DocumentTooLarge(long size, long limit) {
    super(
        413,
        "Document too large",
        String.format(
            Locale.ROOT,
            "The file has %d bytes; the limit is %d bytes (%.1f MB).",
            size,
            limit,
            limit / (1024.0 * 1024.0)));
  }
}
