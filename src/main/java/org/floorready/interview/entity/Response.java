package org.floorready.interview.entity;

/** An attendee's answer to an invite, as iCalendar's PARTSTAT names it. */
public enum Response {
  NEEDS_ACTION("NEEDS-ACTION"),
  ACCEPTED("ACCEPTED"),
  DECLINED("DECLINED"),
  TENTATIVE("TENTATIVE");

  private final String partstat;

  Response(String partstat) {
    this.partstat = partstat;
  }

  public String partstat() {
    return partstat;
  }

  public static java.util.Optional<Response> ofPartstat(String value) {
    for (Response response : values()) {
      if (response.partstat.equalsIgnoreCase(value)) {
        return java.util.Optional.of(response);
      }
    }
    return java.util.Optional.empty();
  }
}
