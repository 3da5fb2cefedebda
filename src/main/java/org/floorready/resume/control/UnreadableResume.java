package org.floorready.resume.control;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** The document is of an accepted type but its text cannot be read (422). */
@ProblemType(value = "unreadable-resume", status = 422, title = "Unreadable resume")
public class UnreadableResume extends Refusal {

  public enum Reason {
    EMPTY("The file is empty."),
    DAMAGED("The document is damaged or incomplete and could not be read."),
    PASSWORD_PROTECTED("The document is password-protected. Upload a copy without a password."),
    TOOK_TOO_LONG("Reading the document took too long."),
    UNSAFE(
        "The document was rejected as unsafe: it expands to far more data than its size"
            + " suggests, or is nested too deeply."),
    NO_TEXT("No text could be extracted from the document.");

    private final String detail;

    Reason(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  private final Reason reason;

  public UnreadableResume(Reason reason) {
    super(reason.detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
