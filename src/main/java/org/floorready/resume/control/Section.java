package org.floorready.resume.control;

import java.util.List;

/** A heading and the lines below it up to the next heading. */
record Section(SectionKind kind, String heading, List<ResumeLine> lines) {

  Section {
    lines = List.copyOf(lines);
  }
}
