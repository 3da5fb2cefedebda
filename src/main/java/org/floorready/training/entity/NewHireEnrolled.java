package org.floorready.training.entity;

/**
 * A person was hired and enrolled in a class (fired in the enrolling transaction), for the features
 * that start something for every new hire, such as their licensing journey.
 */
public record NewHireEnrolled(long newHireId) {}
