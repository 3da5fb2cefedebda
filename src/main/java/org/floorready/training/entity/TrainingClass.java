package org.floorready.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Audited;

/**
 * A class (cohort): one run of a program with its trainers, start date, capacity, place (a site, or
 * virtual) and the time zone its sessions are held in.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_class_seq")
  @SequenceGenerator(
      name = "training_class_seq",
      sequenceName = "training_class_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  private TrainingProgram program;

  private String name;
  private LocalDate startDate;
  private int capacity;
  private String location;

  @Column(name = "is_virtual")
  private boolean virtual;

  private String timeZone;

  @ManyToMany
  @JoinTable(
      name = "training_class_trainer",
      joinColumns = @JoinColumn(name = "class_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<AppUser> trainers = new LinkedHashSet<>();

  private String createdBy;
  private Instant createdAt;
  @Version private long version;

  protected TrainingClass() {}

  /** What a class is, as its form sends it. */
  public record Details(
      String name,
      LocalDate startDate,
      int capacity,
      String location,
      boolean virtual,
      ZoneId zone,
      Set<AppUser> trainers) {}

  public TrainingClass(TrainingProgram program, Details d, String by, Instant now) {
    this.program = program;
    this.createdBy = by;
    this.createdAt = now;
    edit(d, 0);
  }

  /** Changes the class; the capacity never drops below the people enrolled. */
  public void edit(Details d, long enrolled) {
    if (d.capacity() < enrolled) {
      throw new ClassFull(
          "The class has " + enrolled + " people enrolled; its capacity cannot go below that.");
    }
    this.name = d.name();
    this.startDate = d.startDate();
    this.capacity = d.capacity();
    this.location = d.location();
    this.virtual = d.virtual();
    this.timeZone = d.zone().getId();
    this.trainers = new LinkedHashSet<>(d.trainers());
  }

  /** Refuses one more person when {@code enrolled} (people still in the class) fill it. */
  public void requireSeat(long enrolled) {
    if (enrolled >= capacity) {
      throw new ClassFull(
          "Class "
              + name
              + " is full ("
              + capacity
              + " seats): choose another class or raise its capacity.");
    }
  }

  public boolean taughtBy(AppUser user) {
    return trainers.stream().anyMatch(t -> t.id().equals(user.id()));
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("program", program.name());
    state.put("startDate", String.valueOf(startDate));
    state.put("capacity", capacity);
    state.put("location", location);
    state.put("virtual", virtual);
    state.put("trainers", trainers.stream().map(AppUser::email).sorted().toList());
    return state;
  }

  public Long id() {
    return id;
  }

  public TrainingProgram program() {
    return program;
  }

  public String name() {
    return name;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public int capacity() {
    return capacity;
  }

  public String location() {
    return location;
  }

  public boolean virtual() {
    return virtual;
  }

  public Set<AppUser> trainers() {
    return trainers;
  }

  public long version() {
    return version;
  }
}
