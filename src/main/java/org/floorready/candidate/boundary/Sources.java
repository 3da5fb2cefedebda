package org.floorready.candidate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.RecruitingSource;
import org.floorready.candidate.entity.RecruitingSource.CostModel;
import org.floorready.candidate.entity.RecruitingSource.Kind;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleCheck;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;

/**
 * The recruiting sources: read by every staff role, kept by admins; and the source a person is
 * attributed to.
 */
@ApplicationScoped
@Transactional
public class Sources {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Timeline timeline;

  /** A source as listed, with the careers link that attributes applicants to it. */
  public record SourceView(
      long id,
      String name,
      String code,
      Kind kind,
      CostModel costModel,
      BigDecimal costAmount,
      LocalDate costSince,
      boolean active,
      LocalDate retiredOn,
      String careersLink,
      long version) {
    static SourceView of(RecruitingSource s) {
      return new SourceView(
          s.id(),
          s.name(),
          s.code(),
          s.kind(),
          s.costModel(),
          s.costAmount(),
          s.costSince(),
          s.active(),
          s.retiredOn(),
          "/careers/?source=" + s.code(),
          s.version());
    }
  }

  /** What an admin says about a source; a blank code is made from the name. */
  public record SourceEdit(
      String name,
      String code,
      Kind kind,
      CostModel costModel,
      BigDecimal costAmount,
      LocalDate costSince,
      Boolean active) {}

  public List<SourceView> list() {
    return em
        .createQuery(
            "select s from RecruitingSource s order by lower(s.name)", RecruitingSource.class)
        .getResultList()
        .stream()
        .map(SourceView::of)
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public SourceView add(SourceEdit edit) {
    String code = check(edit, null);
    RecruitingSource s =
        new RecruitingSource(
            edit.name(), code, edit.kind(), edit.costModel(), amount(edit), since(edit));
    if (Boolean.FALSE.equals(edit.active())) {
      s.retire(today());
    }
    em.persist(s);
    flushUnique(edit.name(), code);
    audit.created(s);
    return SourceView.of(s);
  }

  /**
   * Changes a source or retires it: a retired source takes nobody new (its careers links are
   * ignored), its monthly fee stops, and the people it brought keep it.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public SourceView change(long id, SourceEdit edit, Long expectedVersion) {
    RecruitingSource s = em.find(RecruitingSource.class, id);
    if (s == null) {
      throw new NotFoundException("No source " + id + ".");
    }
    StaleCheck.requireCurrent(expectedVersion, s.version(), "source");
    String code = check(edit, id);
    Map<String, Object> before = s.auditState();
    s.define(edit.name(), code, edit.kind(), edit.costModel(), amount(edit), since(edit));
    if (Boolean.FALSE.equals(edit.active())) {
      s.retire(today());
    } else {
      s.reactivate();
    }
    flushUnique(edit.name(), code);
    audit.updated(s, before);
    return SourceView.of(s);
  }

  /** The active source a careers link names, if any: a stale or mistyped link attributes nobody. */
  @Transactional(TxType.MANDATORY)
  public Optional<Long> activeByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select s.id from RecruitingSource s where s.code = :c and s.retiredOn is null",
            Long.class)
        .setParameter("c", code.trim().toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** An active source a recruiter chose (upload form), or a named 400. */
  @Transactional(TxType.MANDATORY)
  public Long active(Long id, String field) {
    if (id == null) {
      return null;
    }
    RecruitingSource s = em.find(RecruitingSource.class, id);
    if (s == null || !s.active()) {
      throw new InvalidInput(field, "is not an active source: " + id);
    }
    return id;
  }

  /** A recruiter says who found this person (null: not known); the timeline records it. */
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  public Long attribute(long candidateId, Long sourceId) {
    Candidate person = em.find(Candidate.class, candidateId);
    if (person == null || person.mergedInto() != null || person.erasedAt() != null) {
      throw new NotFoundException("No candidate " + candidateId + ".");
    }
    RecruitingSource source = sourceId == null ? null : em.find(RecruitingSource.class, sourceId);
    if (sourceId != null && source == null) {
      throw new InvalidInput("sourceId", "no source " + sourceId);
    }
    if (java.util.Objects.equals(person.recruitingSourceId(), sourceId)) {
      return sourceId;
    }
    Map<String, Object> before = person.auditState();
    person.foundThrough(sourceId, Instant.now());
    audit.updated(person, before);
    timeline.record(
        candidateId,
        null,
        caller.name(),
        CandidateEventType.SOURCE_CHANGED,
        source == null ? "Source cleared" : "Source: " + source.name());
    return sourceId;
  }

  private String check(SourceEdit edit, Long except) {
    if (edit.costModel() != CostModel.NONE
        && (edit.costAmount() == null || edit.costAmount().signum() <= 0)) {
      throw new InvalidInput("costAmount", "give the amount in USD for this cost model");
    }
    if (edit.costAmount() != null
        && (edit.costAmount().signum() < 0
            || edit.costAmount().scale() > 2
            || edit.costAmount().compareTo(BigDecimal.valueOf(10_000_000)) >= 0)) {
      throw new InvalidInput("costAmount", "is USD with at most 2 decimals, below 10,000,000");
    }
    String code =
        edit.code() == null || edit.code().isBlank()
            ? RecruitingSource.codeFor(edit.name())
            : edit.code().trim().toLowerCase(java.util.Locale.ROOT);
    if (!RecruitingSource.CODE.matcher(code).matches()) {
      throw new InvalidInput(
          "code", "is lower-case letters, digits and dashes (up to 40), as it goes into a link");
    }
    if (!em.createQuery(
            "select s.id from RecruitingSource s where (lower(s.name) = lower(:n) or s.code = :c)"
                + " and s.id <> :except",
            Long.class)
        .setParameter("n", edit.name())
        .setParameter("c", code)
        .setParameter("except", except == null ? -1L : except)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExists("A source named " + edit.name() + " or coded " + code + " exists.");
    }
    return code;
  }

  private static BigDecimal amount(SourceEdit edit) {
    return edit.costAmount() == null ? BigDecimal.ZERO : edit.costAmount();
  }

  private LocalDate since(SourceEdit edit) {
    return edit.costSince() == null ? today() : edit.costSince();
  }

  private LocalDate today() {
    return LocalDate.now(ZoneId.of(caller.user().timeZone()));
  }

  /** Two admins saving one name or code at the same moment: the unique keys decide. */
  private void flushUnique(String name, String code) {
    try {
      em.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw changedMeanwhile;
    } catch (PersistenceException sameMeanwhile) {
      throw new AlreadyExists("A source named " + name + " or coded " + code + " exists.");
    }
  }
}
