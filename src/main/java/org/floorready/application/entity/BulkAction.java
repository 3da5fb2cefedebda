package org.floorready.application.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.security.entity.Audited;

/**
 * One bulk action on a selection of applications: what was asked, by whom, and each item's outcome.
 * The action is audited as a whole; each application also records its own change.
 */
@Entity
@Table(name = "bulk_action")
public class BulkAction implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_action_seq")
  @SequenceGenerator(
      name = "bulk_action_seq",
      sequenceName = "bulk_action_seq",
      allocationSize = 50)
  private Long id;

  private String action;
  private String actor;
  private Instant at;
  private String parameters;
  private int total;
  private int succeeded;
  private String results;

  protected BulkAction() {}

  public BulkAction(String action, String actor, String parameters, Instant at) {
    this.action = action;
    this.actor = actor;
    this.parameters = parameters;
    this.at = at;
    this.results = "[]";
  }

  public void finished(int count, int done, String resultsJson) {
    this.total = count;
    this.succeeded = done;
    this.results = resultsJson;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("action", action);
    state.put("parameters", parameters);
    state.put("total", total);
    state.put("succeeded", succeeded);
    return state;
  }

  public Long id() {
    return id;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }

  public String parameters() {
    return parameters;
  }

  public int total() {
    return total;
  }

  public int succeeded() {
    return succeeded;
  }

  public String results() {
    return results;
  }
}
