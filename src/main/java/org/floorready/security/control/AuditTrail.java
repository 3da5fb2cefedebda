package org.floorready.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.floorready.security.entity.AuditEntry;
import org.floorready.security.entity.AuditEntry.Action;
import org.floorready.security.entity.Audited;

/**
 * Records creates, updates and deletes of business records in the caller's transaction, with the
 * changed fields old → new. Boundaries call it; reading a record's state before a change is {@link
 * Audited#auditState()}.
 */
@Dependent
public class AuditTrail {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public void created(Audited record) {
    em.flush();
    write(record, Action.CREATE, "Created", diff(Map.of(), record.auditState()));
  }

  public void updated(Audited record, Map<String, Object> before) {
    Map<String, Object[]> changes = diff(before, record.auditState());
    if (!changes.isEmpty()) {
      write(record, Action.UPDATE, "Changed " + String.join(", ", changes.keySet()), changes);
    }
  }

  /** An update that is better told in words (an approval, a stage move) than by fields alone. */
  public void updated(Audited record, Map<String, Object> before, String summary) {
    write(record, Action.UPDATE, summary, diff(before, record.auditState()));
  }

  /** Someone looked at personal data; what they looked at is the summary. */
  public void read(Audited record, String what) {
    write(record, Action.READ, what, Map.of());
  }

  public void deleted(Audited record) {
    write(record, Action.DELETE, "Deleted", diff(record.auditState(), Map.of()));
  }

  static Map<String, Object[]> diff(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      Object old = before.get(key);
      Object now = after.get(key);
      if (!Objects.equals(old, now)) {
        changes.put(key, new Object[] {old, now});
      }
    }
    return changes;
  }

  /**
   * The record's person was erased: the entries stay (who did what when), the field values they
   * recorded go. Answers how many entries were blanked.
   */
  public int forgetValues(String entityType, String entityId) {
    return em.createQuery(
            "update AuditEntry e set e.changes = null where e.entityType = :type and e.entityId = :id")
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .executeUpdate();
  }

  private void write(Audited record, Action action, String summary, Map<String, Object[]> changes) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    changes.forEach(
        (field, pair) ->
            json.add(
                field,
                Json.createObjectBuilder().add("old", value(pair[0])).add("new", value(pair[1]))));
    String text = json.build().toString();
    em.persist(
        new AuditEntry(caller.name(), record.auditType(), record.auditId(), action, summary, text));
  }

  private static JsonValue value(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    return Json.createValue(String.valueOf(value));
  }
}
