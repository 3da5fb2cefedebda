package org.floorready.candidate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.floorready.candidate.entity.Candidate;

/**
 * Recognizes a person who applied before: the same email or the same phone (E.164) is certain; a
 * close name together with a similar email or phone is probable and goes to a recruiter.
 */
@Dependent
public class DuplicateFinder {
  /**
   * The most recently updated records with the last name that are compared (all of them but in huge
   * pools).
   */
  static final int MOST_NAMESAKES = 5000;

  @PersistenceContext EntityManager em;

  /** How sure we are that two records are one person. */
  public enum Certainty {
    CERTAIN,
    PROBABLE
  }

  /** A match and its certainty. */
  public record Match(Candidate candidate, Certainty certainty) {}

  public Optional<Match> find(
      String name, List<String> emails, List<String> phones, Long excludeId) {
    for (String email : emails) {
      Optional<Candidate> byEmail =
          first(
              "select c from Candidate c join c.emails e where e = :v and c.mergedInto is null",
              email.toLowerCase(Locale.ROOT),
              excludeId);
      if (byEmail.isPresent()) {
        return Optional.of(new Match(byEmail.get(), Certainty.CERTAIN));
      }
    }
    for (String phone : phones) {
      Optional<Candidate> byPhone =
          first(
              "select c from Candidate c join c.phones p where p = :v and c.mergedInto is null",
              phone,
              excludeId);
      if (byPhone.isPresent()) {
        return Optional.of(new Match(byPhone.get(), Certainty.CERTAIN));
      }
    }
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String last = NameSimilarity.lastName(name);
    // names first (two columns, even for a common last name), whole records only for the close ones
    List<Object[]> sameLastName =
        em.createQuery(
                "select c.id, c.fullName from Candidate c"
                    + " where lower(c.fullName) like :last and c.mergedInto is null order by c.updatedAt desc",
                Object[].class)
            .setParameter("last", "%" + last.toLowerCase(Locale.ROOT) + "%")
            .setMaxResults(MOST_NAMESAKES)
            .getResultList();
    return sameLastName.stream()
        .filter(row -> excludeId == null || !excludeId.equals(row[0]))
        .filter(row -> NameSimilarity.close(name, (String) row[1]))
        .map(row -> em.find(Candidate.class, row[0]))
        .filter(c -> NameSimilarity.similarContact(emails, phones, c.emails(), c.phones()))
        .findFirst()
        .map(c -> new Match(c, Certainty.PROBABLE));
  }

  private Optional<Candidate> first(String jpql, String value, Long excludeId) {
    return em.createQuery(jpql, Candidate.class)
        .setParameter("v", value)
        .setMaxResults(5)
        .getResultStream()
        .filter(c -> excludeId == null || !c.id().equals(excludeId))
        .findFirst();
  }
}
