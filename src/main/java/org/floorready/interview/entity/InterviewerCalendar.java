package org.floorready.interview.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/**
 * An interviewer's availability: weekly working hours in their own zone, limits per day and week,
 * the secret address of the calendar their busy times are read from (sealed, never shown again)
 * with the state of its last fetch, and the hash of their own outgoing feed's secret.
 */
@Entity
@Table(name = "interviewer_calendar")
public class InterviewerCalendar implements Audited {
  @Id private Long userId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "working_hours", joinColumns = @JoinColumn(name = "user_id"))
  private List<WorkingHours> hours = new ArrayList<>();

  private Integer maxPerDay;
  private Integer maxPerWeek;
  private String feedUrl;

  @Enumerated(EnumType.STRING)
  private FeedStatus feedStatus = FeedStatus.NONE;

  private Instant feedCheckedAt;
  private String feedProblem;
  private String feedTokenHash;
  @Version private long version;

  protected InterviewerCalendar() {}

  public InterviewerCalendar(long userId) {
    this.userId = userId;
  }

  /** New weekly hours and limits; overlapping or backwards blocks are refused, field by field. */
  public void setAvailability(List<WorkingHours> newHours, Integer perDay, Integer perWeek) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (int i = 0; i < newHours.size(); i++) {
      WorkingHours block = newHours.get(i);
      if (!block.wellFormed()) {
        problems.put("hours[" + i + "]", "must end after it starts (00:00 ends the day)");
      }
      for (int j = 0; j < i; j++) {
        if (block.overlaps(newHours.get(j))) {
          problems.put("hours[" + i + "]", "overlaps hours[" + j + "] on " + block.day());
        }
      }
    }
    if (perDay != null && perWeek != null && perWeek < perDay) {
      problems.put("maxPerWeek", "must not be below maxPerDay");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    this.hours = new ArrayList<>(newHours);
    this.maxPerDay = perDay;
    this.maxPerWeek = perWeek;
  }

  /** A new feed address (already sealed), or none; busy times come from it from the next fetch. */
  public void connectFeed(String sealedUrl) {
    this.feedUrl = sealedUrl;
    this.feedStatus = sealedUrl == null ? FeedStatus.NONE : FeedStatus.PENDING;
    this.feedProblem = null;
    this.feedCheckedAt = null;
  }

  public void feedRead(Instant now) {
    this.feedStatus = FeedStatus.OK;
    this.feedCheckedAt = now;
    this.feedProblem = null;
  }

  /** The fetch failed: say why and keep the busy times of the last good copy. */
  public void feedFailed(Instant now, String problem) {
    this.feedStatus = FeedStatus.FAILING;
    this.feedCheckedAt = now;
    this.feedProblem = problem.length() > 500 ? problem.substring(0, 500) : problem;
  }

  public void issueFeedToken(String tokenHash) {
    this.feedTokenHash = tokenHash;
  }

  public long userId() {
    return userId;
  }

  public List<WorkingHours> hours() {
    return List.copyOf(hours);
  }

  public Integer maxPerDay() {
    return maxPerDay;
  }

  public Integer maxPerWeek() {
    return maxPerWeek;
  }

  public String sealedFeedUrl() {
    return feedUrl;
  }

  public FeedStatus feedStatus() {
    return feedStatus;
  }

  public Instant feedCheckedAt() {
    return feedCheckedAt;
  }

  public String feedProblem() {
    return feedProblem;
  }

  public boolean hasFeedToken() {
    return feedTokenHash != null;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return String.valueOf(userId);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("hours", hours.stream().map(h -> h.day() + " " + h.from() + "-" + h.to()).toList());
    state.put("maxPerDay", maxPerDay);
    state.put("maxPerWeek", maxPerWeek);
    state.put("calendarFeed", feedUrl == null ? "none" : "connected");
    state.put("ownFeed", feedTokenHash == null ? "none" : "issued");
    return state;
  }
}
