package org.floorready.resume.entity;

/** One job; {@code start} and {@code end} are "YYYY-MM", {@code end} is null while it lasts. */
public record WorkPeriod(String title, String employer, String start, String end) {}
