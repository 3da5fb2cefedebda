package org.floorready.security.entity;

import java.util.Map;

/**
 * A business record whose creation, changes and deletion go to the audit trail. The state is the
 * set of fields a person would recognise, rendered as simple values (strings, numbers, lists).
 */
public interface Audited {
  String auditId();

  Map<String, Object> auditState();

  default String auditType() {
    return getClass().getSimpleName();
  }
}
