package org.floorready.resume.entity;

/** Home of the applicant; {@code region} is the two-letter code for US states. */
public record Location(String city, String region, String country) {}
