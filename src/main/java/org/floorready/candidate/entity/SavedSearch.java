package org.floorready.candidate.entity;

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

/** A recruiter's named candidate search: the query string of the search, to run again later. */
@Entity
@Table(name = "saved_search")
public class SavedSearch implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
  @SequenceGenerator(
      name = "saved_search_seq",
      sequenceName = "saved_search_seq",
      allocationSize = 50)
  private Long id;

  private String owner;
  private String name;
  private String query;
  private Instant createdAt;

  protected SavedSearch() {}

  public SavedSearch(String owner, String name, String query, Instant now) {
    this.owner = owner;
    this.name = name;
    this.query = query;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public String query() {
    return query;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("owner", owner);
    state.put("name", name);
    state.put("query", query);
    return state;
  }
}
