package org.floorready.candidate.control;

import org.floorready.platform.Refusal;

/** The content is not one of the accepted resume formats, whatever its file name says (415). */
public class UnsupportedDocumentType extends Refusal {

  private final String detectedType;

  public UnsupportedDocumentType(String detectedType) {
    super(
        415,
        "Unsupported document type",
        "The file's content is "
            + detectedType
            + "; accepted are PDF, Word (DOCX, DOC), RTF, OpenDocument text, plain text and HTML.");
    this.detectedType = detectedType;
  }

  public String detectedType() {
    return detectedType;
  }
}
