package org.floorready.requisition.entity;

/** How a knock-out question is answered. */
public enum AnswerType {
  YES_NO,
  SINGLE_CHOICE
}
