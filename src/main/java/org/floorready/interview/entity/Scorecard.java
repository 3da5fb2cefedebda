package org.floorready.interview.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/**
 * One interviewer's scorecard of one interview: a rating of 1 to 4 for each competency of the
 * interview's kind, a note for every 1 and 4 (an extreme rating must say why), and a
 * recommendation.
 */
@Entity
@Table(name = "scorecard")
@NamedQuery(
    name = Scorecard.BY_INTERVIEW,
    query = "select s from Scorecard s where s.interviewId = :interview order by s.id")
@NamedQuery(
    name = Scorecard.BY_INTERVIEWS,
    query = "select s from Scorecard s where s.interviewId in :interviews order by s.id")
public class Scorecard implements Audited {
  public static final String BY_INTERVIEW = "Scorecard.byInterview";
  public static final String BY_INTERVIEWS = "Scorecard.byInterviews";
  private static final Jsonb JSON = JsonbBuilder.create();

  /** One rating, with its note. */
  public record Rating(Competency competency, int rating, String note) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_seq")
  @SequenceGenerator(name = "scorecard_seq", sequenceName = "scorecard_seq", allocationSize = 50)
  private Long id;

  private long interviewId;
  private long interviewerId;
  private String ratings;

  @Enumerated(EnumType.STRING)
  private Recommendation recommendation;

  private String note;
  private Instant submittedAt;
  @Version private long version;

  protected Scorecard() {}

  public Scorecard(long interviewId, long interviewerId) {
    this.interviewId = interviewId;
    this.interviewerId = interviewerId;
  }

  /** Fills (or refills) the scorecard; every competency of the kind once, rated 1 to 4. */
  public void fill(
      InterviewKind kind, List<Rating> given, Recommendation overall, String comment, Instant now) {
    Map<String, String> problems = new LinkedHashMap<>();
    List<Competency> wanted = Competency.of(kind);
    for (int i = 0; i < given.size(); i++) {
      Rating r = given.get(i);
      if (r.competency() == null || !wanted.contains(r.competency())) {
        problems.put(
            "ratings[" + i + "].competency", "is not rated in a " + kind.label().toLowerCase());
      } else if (given.stream().filter(o -> o.competency() == r.competency()).count() > 1) {
        problems.put("ratings[" + i + "].competency", "is rated twice");
      }
      if (r.rating() < 1 || r.rating() > 4) {
        problems.put("ratings[" + i + "].rating", "must be 1 to 4");
      } else if ((r.rating() == 1 || r.rating() == 4) && (r.note() == null || r.note().isBlank())) {
        problems.put("ratings[" + i + "].note", "is needed for a rating of " + r.rating());
      }
    }
    for (Competency c : wanted) {
      if (given.stream().noneMatch(r -> r.competency() == c)) {
        problems.put("ratings", "must rate " + c.label());
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    this.ratings = JSON.toJson(given.toArray(new Rating[0]));
    this.recommendation = overall;
    this.note = comment;
    this.submittedAt = now;
  }

  public List<Rating> ratings() {
    return ratings == null ? List.of() : Arrays.asList(JSON.fromJson(ratings, Rating[].class));
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("interview", interviewId);
    state.put("interviewer", interviewerId);
    state.put("recommendation", recommendation == null ? null : recommendation.name());
    state.put("ratings", ratings().stream().map(r -> r.competency() + "=" + r.rating()).toList());
    return state;
  }

  public Long id() {
    return id;
  }

  public long interviewId() {
    return interviewId;
  }

  public long interviewerId() {
    return interviewerId;
  }

  public Recommendation recommendation() {
    return recommendation;
  }

  public String note() {
    return note;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public long version() {
    return version;
  }
}
