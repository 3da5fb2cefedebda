package org.floorready.resume.control;

/** Job title and employer as read from the lines that head a dated entry. */
record JobHeader(String title, String employer) {

  static final JobHeader UNKNOWN = new JobHeader(null, null);
}
