package org.floorready.training.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/** A training program: an ordered list of modules that every class of it runs through. */
@Entity
@Table(name = "training_program")
public class TrainingProgram implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_program_seq")
  @SequenceGenerator(
      name = "training_program_seq",
      sequenceName = "training_program_seq",
      allocationSize = 50)
  private Long id;

  private String name;
  private String description;

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<TrainingModule> modules = new ArrayList<>();

  @Version private long version;

  protected TrainingProgram() {}

  public TrainingProgram(String name, String description, List<TrainingModule.Definition> list) {
    this.name = name;
    this.description = description;
    define(list);
  }

  /**
   * Replaces the modules: existing ones are kept by position (so recorded scores stay attached) and
   * changed in place; extra ones are added, missing ones removed (the boundary refuses to remove a
   * module that has sessions or scores).
   */
  public void define(List<TrainingModule.Definition> list) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (list.isEmpty()) {
      problems.put("modules", "must list at least one module");
    }
    for (int i = 0; i < list.size(); i++) {
      TrainingModule.Definition d = list.get(i);
      if (d.plannedHours() < 1 || d.plannedHours() > 2000) {
        problems.put("modules[" + i + "].plannedHours", "must be 1 to 2000");
      }
      if (d.passMark() != null && (d.passMark() < 0 || d.passMark() > 100)) {
        problems.put("modules[" + i + "].passMark", "must be 0 to 100");
      }
      if (d.retakes() < 0 || d.retakes() > 10) {
        problems.put("modules[" + i + "].retakes", "must be 0 to 10");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    for (int i = 0; i < list.size(); i++) {
      if (i < modules.size()) {
        modules.get(i).apply(list.get(i));
      } else {
        modules.add(new TrainingModule(this, i + 1, list.get(i)));
      }
    }
    while (modules.size() > list.size()) {
      modules.remove(modules.size() - 1);
    }
  }

  public void rename(String newName, String newDescription) {
    this.name = newName;
    this.description = newDescription;
  }

  public int plannedHours() {
    return modules.stream().mapToInt(TrainingModule::plannedHours).sum();
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put(
        "modules",
        modules.stream()
            .map(
                m ->
                    m.name()
                        + " "
                        + m.plannedHours()
                        + "h"
                        + m.passMark().map(p -> " pass " + p).orElse(""))
            .toList());
    return state;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<TrainingModule> modules() {
    return modules;
  }

  public long version() {
    return version;
  }
}
