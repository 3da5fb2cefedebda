package org.floorready.resume.entity;

/** A school entry; {@code year} is the year finished or expected, when given. */
public record Education(String institution, String credential, Integer year) {}
