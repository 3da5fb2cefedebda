package org.floorready.requisition.entity;

/** What a screening criterion looks at in a candidate's profile. */
public enum CriterionKind {
  SKILL,
  LANGUAGE,
  EXPERIENCE_MONTHS,
  CONTACT_CENTER_MONTHS,
  LICENSE_STATE
}
