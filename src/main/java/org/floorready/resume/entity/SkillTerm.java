package org.floorready.resume.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.database.JsonArrays;
import org.floorready.security.entity.Audited;

/**
 * A skill an admin added to the built-in taxonomy (a new dialer, a carrier's own quoting tool …).
 */
@Entity
@Table(name = "skill_term")
public class SkillTerm implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_term_seq")
  @SequenceGenerator(name = "skill_term_seq", sequenceName = "skill_term_seq", allocationSize = 50)
  private Long id;

  private String name;
  private String aliases;
  private String createdBy;
  private Instant createdAt;

  protected SkillTerm() {}

  public SkillTerm(String name, List<String> aliases, String by, Instant now) {
    this.name = name;
    this.aliases = JsonArrays.write(aliases);
    this.createdBy = by;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<String> aliases() {
    return JsonArrays.strings(aliases);
  }

  public String createdBy() {
    return createdBy;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("aliases", String.join(", ", aliases()));
    return state;
  }
}
