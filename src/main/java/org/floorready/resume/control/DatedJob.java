package org.floorready.resume.control;

/**
 * A dated entry of the work history; unpaid entries (caregiving, volunteering) are kept but not
 * counted.
 */
record DatedJob(
    JobHeader header, MonthSpan span, boolean paid, boolean contactCenter, String evidence) {}
