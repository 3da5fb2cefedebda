package org.floorready.training.entity;

/** Which attempt of an assessment counts when a person took it more than once. */
public enum ScoreRule {
  BEST,
  LATEST
}
