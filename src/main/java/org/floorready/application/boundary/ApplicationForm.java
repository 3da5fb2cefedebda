package org.floorready.application.boundary;

import java.util.List;

/** What an applicant sent through the careers page, read from the multipart form. */
public record ApplicationForm(
    String name,
    String email,
    String phone,
    boolean consent,
    List<String> answers,
    String honeypot,
    Eeo eeo,
    String source) {

  /** Voluntary self-identification; every field may be blank ("prefer not to say"). */
  public record Eeo(
      String gender, String raceEthnicity, String veteranStatus, String disabilityStatus) {
    public boolean empty() {
      return blank(gender)
          && blank(raceEthnicity)
          && blank(veteranStatus)
          && blank(disabilityStatus);
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }
}
