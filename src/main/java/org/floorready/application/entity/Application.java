package org.floorready.application.entity;

import static org.floorready.application.entity.ApplicationStage.APPLIED;
import static org.floorready.application.entity.ApplicationStage.HIRED;
import static org.floorready.application.entity.ApplicationStage.OFFER;
import static org.floorready.application.entity.ApplicationStage.REJECTED;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Audited;

/**
 * A candidate applying to a requisition, moving through the requisition's {@link Pipeline}.
 *
 * <p>Rules: a move goes to a stage of the pipeline; Rejected and Withdrawn need a reason and close
 * the application, which then only an explicit reopen (with a reason) brings back to the stage it
 * left; Hired needs an accepted offer and ends the pipeline. Knock-out answers reject at intake
 * with the explanation kept; reopening such an application is a recorded override. Every move
 * returns a {@link StageChange} the caller stores.
 */
@Entity
public class Application implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
  @SequenceGenerator(
      name = "application_seq",
      sequenceName = "application_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requisition_id")
  private Requisition requisition;

  private String stage = APPLIED.name();
  private Instant stageEnteredAt;
  private String furthestStage = APPLIED.name();
  private String closedFromStage;
  private String closeReason;

  @Enumerated(EnumType.STRING)
  private IntakeChannel source;

  private Instant appliedAt;
  private String answers;
  private boolean knockedOut;
  private String knockoutReason;
  private String knockoutOverriddenBy;
  private Instant consentAt;
  private Instant offerAcceptedAt;
  private Integer score;
  private int unmetMustHaves;
  private String screeningJson;

  @ManyToOne(fetch = FetchType.LAZY)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @JoinColumn(name = "assignee_id")
  private AppUser assignee;

  @ElementCollection(fetch = FetchType.LAZY)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @CollectionTable(name = "application_tag", joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @Version private long version;

  protected Application() {}

  public Application(
      Candidate candidate, Requisition requisition, IntakeChannel source, Instant now) {
    this.candidate = candidate;
    this.requisition = requisition;
    this.source = source;
    this.appliedAt = now;
    this.stageEnteredAt = now;
  }

  /** The first line of the application's stage history: it entered the pipeline at Applied. */
  public StageChange started(String by) {
    return new StageChange(this, null, null, stage, null, by, appliedAt);
  }

  /** Stores the applicant's answers; a disqualifying one rejects at once, with the reason kept. */
  public StageChange recordAnswers(String answersJson, String disqualification, Instant consent) {
    this.answers = answersJson;
    this.consentAt = consent;
    if (disqualification == null) {
      return null;
    }
    knockedOut = true;
    knockoutReason = disqualification;
    return close(REJECTED.name(), "Knock-out: " + disqualification, "system", consent);
  }

  /** Moves to another stage of the pipeline, or closes with Rejected / Withdrawn. */
  public StageChange move(Pipeline pipeline, String to, String reason, String by, Instant now) {
    if (ApplicationStage.closes(stage)) {
      throw new ApplicationClosed(
          "This application is "
              + pipeline.name(stage).toLowerCase()
              + " ("
              + closeReason
              + "); reopen it first.");
    }
    if (HIRED.name().equals(stage)) {
      throw new ApplicationHired("This candidate is hired; the application cannot move any more.");
    }
    if (to == null || to.isBlank()) {
      throw new InvalidInput("to", "is required");
    }
    if (to.equals(stage)) {
      throw new AlreadyInStage("This application is already in " + pipeline.name(to) + ".");
    }
    if (ApplicationStage.closes(to)) {
      return close(to, reason, by, now);
    }
    if (!pipeline.contains(to)) {
      throw new InvalidInput("to", "is not a stage of this requisition's pipeline");
    }
    if (HIRED.name().equals(to) && offerAcceptedAt == null) {
      throw new OfferRequired(
          "Hired needs an accepted offer: send an offer, and the candidate's accept (or the answer a recruiter records) hires them.");
    }
    return enter(to, reason, by, now);
  }

  /** Brings a rejected or withdrawn application back to the stage it was closed in. */
  public StageChange reopen(Pipeline pipeline, String reason, String by, Instant now) {
    if (!ApplicationStage.closes(stage)) {
      throw new ApplicationNotClosed(
          "Only a rejected or withdrawn application can be reopened; this one is in "
              + pipeline.name(stage)
              + ".");
    }
    requireReason(reason, "reopen");
    String back =
        closedFromStage != null && pipeline.contains(closedFromStage)
            ? closedFromStage
            : APPLIED.name();
    if (knockedOut && knockoutOverriddenBy == null) {
      knockoutOverriddenBy = by;
    }
    closedFromStage = null;
    closeReason = null;
    return enter(back, "Reopened: " + reason.strip(), by, now);
  }

  /** The candidate accepted the offer (the offers feature records the letter itself). */
  public void acceptOffer(Instant acceptedAt) {
    if (!OFFER.name().equals(stage)) {
      throw new NotInOfferStage(
          "Only an application in the Offer stage can have its offer accepted.");
    }
    this.offerAcceptedAt = acceptedAt;
  }

  public void assignTo(AppUser recruiter) {
    this.assignee = recruiter;
  }

  /** Adds a tag (kept in lower case); returns false when it was already there. */
  public boolean tag(String tag) {
    return tags.add(normalizedTag(tag));
  }

  /** Tags are short words or phrases: letters, digits, spaces, dashes; compared without case. */
  public static String normalizedTag(String tag) {
    String t =
        tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty() || t.length() > 40 || !t.matches("[\\p{L}\\p{N} _-]+")) {
      throw new InvalidInput("tag", "must be 1 to 40 letters, digits, spaces or dashes");
    }
    return t;
  }

  /**
   * The screening result against the requisition's criteria, kept for sorting, flagging and
   * explaining.
   */
  public void scored(Integer newScore, int unmetMustHaveCount, String linesJson) {
    this.score = newScore;
    this.unmetMustHaves = unmetMustHaveCount;
    this.screeningJson = linesJson;
  }

  /** Its person was erased: what they answered goes; the decision and its reason stay. */
  public void eraseAnswers() {
    answers = null;
  }

  /** Merging people moves their applications to the surviving record. */
  public void moveTo(Candidate survivor) {
    this.candidate = survivor;
  }

  private StageChange close(String to, String reason, String by, Instant now) {
    requireReason(reason, ApplicationStage.valueOf(to) == REJECTED ? "reject" : "withdraw");
    String from = stage;
    Instant entered = stageEnteredAt;
    closedFromStage = from;
    closeReason = reason.strip();
    stage = to;
    stageEnteredAt = now;
    return new StageChange(this, from, entered, to, reason, by, now);
  }

  private StageChange enter(String to, String reason, String by, Instant now) {
    String from = stage;
    Instant entered = stageEnteredAt;
    stage = to;
    stageEnteredAt = now;
    if (ApplicationStage.funnelRank(to) > ApplicationStage.funnelRank(furthestStage)) {
      furthestStage = to;
    }
    return new StageChange(this, from, entered, to, reason, by, now);
  }

  private static void requireReason(String reason, String verb) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "is required to " + verb + " an application");
    }
    if (reason.length() > 1000) {
      throw new InvalidInput("reason", "must be at most 1000 characters");
    }
  }

  public boolean closed() {
    return ApplicationStage.closes(stage);
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("stage", stage);
    state.put("closeReason", closeReason);
    state.put("knockoutOverriddenBy", knockoutOverriddenBy);
    state.put("offerAcceptedAt", offerAcceptedAt == null ? null : offerAcceptedAt.toString());
    state.put("assignee", assignee == null ? null : assignee.email());
    state.put("tags", String.join(", ", tags));
    return state;
  }

  public Long id() {
    return id;
  }

  public Candidate candidate() {
    return candidate;
  }

  public Requisition requisition() {
    return requisition;
  }

  public String stage() {
    return stage;
  }

  /** The furthest stage of the funnel (Applied … Hired) it ever reached. */
  public String furthestStage() {
    return furthestStage;
  }

  public Instant stageEnteredAt() {
    return stageEnteredAt;
  }

  public String closedFromStage() {
    return closedFromStage;
  }

  public String closeReason() {
    return closeReason;
  }

  public IntakeChannel source() {
    return source;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public String answers() {
    return answers;
  }

  public boolean knockedOut() {
    return knockedOut;
  }

  public String knockoutReason() {
    return knockoutReason;
  }

  public String knockoutOverriddenBy() {
    return knockoutOverriddenBy;
  }

  public Instant consentAt() {
    return consentAt;
  }

  public Instant offerAcceptedAt() {
    return offerAcceptedAt;
  }

  public Integer score() {
    return score;
  }

  public boolean mustHaveUnmet() {
    return unmetMustHaves > 0;
  }

  public int unmetMustHaves() {
    return unmetMustHaves;
  }

  public String screeningJson() {
    return screeningJson;
  }

  public AppUser assignee() {
    return assignee;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public long version() {
    return version;
  }
}
