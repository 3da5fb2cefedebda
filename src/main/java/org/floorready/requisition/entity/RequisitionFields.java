package org.floorready.requisition.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Audited;
import org.floorready.security.entity.Team;

/**
 * The fields a recruiter edits on a requisition; {@link Requisition} adds lifecycle and history.
 */
@MappedSuperclass
public abstract class RequisitionFields implements Audited {
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Enumerated(EnumType.STRING)
  private WorkMode workMode;

  private String site;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "requisition_remote_state",
      joinColumns = @JoinColumn(name = "requisition_id"))
  @Column(name = "state")
  private Set<String> remoteStates = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "requisition_license", joinColumns = @JoinColumn(name = "requisition_id"))
  private Set<LicenseRequirement> licenses = new LinkedHashSet<>();

  private LocalDate targetStartDate;
  private BigDecimal payMin;
  private BigDecimal payMax;
  private String payCurrency;

  @Enumerated(EnumType.STRING)
  private PayBasis payBasis;

  private String shift;
  private String schedule;

  @Enumerated(EnumType.STRING)
  private EmploymentType employmentType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "hiring_manager_id")
  private AppUser hiringManager;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recruiter_id")
  private AppUser recruiter;

  @ManyToMany
  @JoinTable(
      name = "requisition_interviewer",
      joinColumns = @JoinColumn(name = "requisition_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<AppUser> interviewers = new LinkedHashSet<>();

  private String description;

  @ElementCollection
  @CollectionTable(name = "screening_criterion", joinColumns = @JoinColumn(name = "requisition_id"))
  @OrderColumn(name = "position")
  private List<ScreeningCriterion> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "knockout_question", joinColumns = @JoinColumn(name = "requisition_id"))
  @OrderColumn(name = "position")
  private List<KnockoutQuestion> knockoutQuestions = new ArrayList<>();

  protected void apply(RequisitionDetails d) {
    title = d.title().trim();
    team = d.team();
    workMode = d.workMode();
    site = d.site();
    remoteStates = new TreeSet<>(d.remoteStates());
    licenses = new LinkedHashSet<>(d.licenses());
    targetStartDate = d.targetStartDate();
    payMin = d.payMin();
    payMax = d.payMax();
    payCurrency = d.payCurrency();
    payBasis = d.payBasis();
    shift = d.shift();
    schedule = d.schedule();
    employmentType = d.employmentType();
    hiringManager = d.hiringManager();
    recruiter = d.recruiter();
    interviewers = new LinkedHashSet<>(d.interviewers());
    description = d.description();
    criteria = new ArrayList<>(d.criteria());
    knockoutQuestions = new ArrayList<>(d.knockoutQuestions());
  }

  protected RequisitionDetails details(LocalDate startDate) {
    return new RequisitionDetails(
        title,
        team,
        workMode,
        site,
        remoteStates,
        licenses,
        openingCount(),
        startDate,
        payMin,
        payMax,
        payCurrency,
        payBasis,
        shift,
        schedule,
        employmentType,
        hiringManager,
        recruiter,
        interviewers,
        description,
        criteria,
        knockoutQuestions);
  }

  protected abstract int openingCount();

  /** Whether a person interviews for this requisition (interviewers see only those). */
  public boolean hasInterviewer(AppUser user) {
    return interviewers.stream().anyMatch(i -> i.id().equals(user.id()));
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("title", title);
    state.put("team", team == null ? null : team.name());
    state.put("workMode", workMode == null ? null : workMode.name());
    state.put("site", site);
    state.put("remoteStates", String.join(", ", remoteStates));
    state.put(
        "licenses",
        licenses.stream().map(LicenseRequirement::toString).sorted().toList().toString());
    state.put("targetStartDate", targetStartDate == null ? null : targetStartDate.toString());
    state.put("pay", payText());
    state.put("shift", shift);
    state.put("schedule", schedule);
    state.put("employmentType", employmentType == null ? null : employmentType.name());
    state.put("hiringManager", hiringManager == null ? null : hiringManager.email());
    state.put("recruiter", recruiter == null ? null : recruiter.email());
    state.put(
        "interviewers", interviewers.stream().map(AppUser::email).sorted().toList().toString());
    state.put("description", description);
    state.put("criteria", criteria.toString());
    state.put("knockoutQuestions", knockoutQuestions.toString());
    return state;
  }

  /** The pay range as the audit trail shows it: "18.00–22.00 USD HOURLY", "up to 22 USD …". */
  private String payText() {
    if (payMin == null && payMax == null) {
      return null;
    }
    String range =
        payMin == null
            ? "up to " + payMax.toPlainString()
            : payMax == null
                ? "from " + payMin.toPlainString()
                : payMin.toPlainString() + "–" + payMax.toPlainString();
    return range
        + (payCurrency == null ? "" : " " + payCurrency)
        + (payBasis == null ? "" : " " + payBasis);
  }

  public String title() {
    return title;
  }

  public Team team() {
    return team;
  }

  public WorkMode workMode() {
    return workMode;
  }

  public String site() {
    return site;
  }

  public Set<String> remoteStates() {
    return Set.copyOf(remoteStates);
  }

  public Set<LicenseRequirement> licenses() {
    return Set.copyOf(licenses);
  }

  public LocalDate targetStartDate() {
    return targetStartDate;
  }

  public BigDecimal payMin() {
    return payMin;
  }

  public BigDecimal payMax() {
    return payMax;
  }

  public String payCurrency() {
    return payCurrency;
  }

  public PayBasis payBasis() {
    return payBasis;
  }

  public String shift() {
    return shift;
  }

  public String schedule() {
    return schedule;
  }

  public EmploymentType employmentType() {
    return employmentType;
  }

  public AppUser hiringManager() {
    return hiringManager;
  }

  public AppUser recruiter() {
    return recruiter;
  }

  public Set<AppUser> interviewers() {
    return Set.copyOf(interviewers);
  }

  public String description() {
    return description;
  }

  public List<ScreeningCriterion> criteria() {
    return List.copyOf(criteria);
  }

  public List<KnockoutQuestion> knockoutQuestions() {
    return List.copyOf(knockoutQuestions);
  }
}
