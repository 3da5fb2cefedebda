package org.floorready.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  @Test
  void diffListsOnlyChangedFieldsWithOldAndNewValues() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("name", "Riley");
    before.put("roles", "RECRUITER");
    before.put("team", null);
    Map<String, Object> after = new LinkedHashMap<>(before);
    after.put("roles", "ADMIN, RECRUITER");
    after.put("team", "Auto Sales East");

    Map<String, Object[]> changes = AuditTrail.diff(before, after);

    assertThat(changes).containsOnlyKeys("roles", "team");
    assertThat(changes.get("roles")).containsExactly("RECRUITER", "ADMIN, RECRUITER");
    assertThat(changes.get("team")).containsExactly(null, "Auto Sales East");
  }

  @Test
  void creationShowsEveryFieldAsNew() {
    Map<String, Object[]> changes = AuditTrail.diff(Map.of(), Map.of("email", "a@example.com"));
    assertThat(changes.get("email")).containsExactly(null, "a@example.com");
  }
}
