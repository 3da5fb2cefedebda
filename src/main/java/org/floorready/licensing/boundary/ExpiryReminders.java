package org.floorready.licensing.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.licensing.control.ExpiryThresholds;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.EarnedCertification;
import org.floorready.licensing.entity.ExpiryReminder;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireStatus;

/**
 * Licenses and certifications about to expire: the person and their trainers (or, once on the
 * floor, the team's hiring managers) are emailed at each threshold ({@code
 * floorready.licensing.reminder-days}, default 60, 30 and 7 days), and once more when it expired —
 * which also goes on the person's timeline (their clearance drops at the next recomputation, which
 * this job starts). Each reminder is recorded under a unique key in a transaction of its own, so it
 * is sent once however many nodes run the job.
 */
@ApplicationScoped
public class ExpiryReminders {
  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Timeline timeline;
  @Inject Clearances clearances;
  @Inject ExpiryReminders self;

  @Inject
  @ConfigProperty(name = "floorready.licensing.reminder-days", defaultValue = "60,30,7")
  String reminderDays;

  @Inject
  @ConfigProperty(name = "floorready.licensing.reminder-seconds", defaultValue = "86400")
  int seconds;

  /** Something expiring, and who hears about it. */
  public record Due(
      long licenseeId,
      String item,
      String what,
      LocalDate expiresOn,
      int threshold,
      long newHireId) {}

  @Produces
  Task<Void> remindersTask() {
    return Tasks.recurring("licensing-reminders", FixedDelay.ofSeconds(seconds))
        .execute((instance, context) -> self.remind(LocalDate.now()));
  }

  /** Sends the reminders due on {@code today}; answers how many were sent (by this call). */
  @ActivateRequestContext
  public int remind(LocalDate today) {
    List<Integer> thresholds = ExpiryThresholds.parse(reminderDays);
    int sent = 0;
    boolean expired = false;
    for (Due due : self.due(today, thresholds)) {
      try {
        if (self.send(due)) {
          sent++;
          expired |= due.threshold() == 0;
        }
      } catch (AlreadySent another) {
        // another node (or run) sent this one a moment ago
      }
    }
    if (expired) {
      clearances.recomputeAll();
    }
    return sent;
  }

  /** Everything of the people still with us that has a reminder due today. */
  @Transactional
  public List<Due> due(LocalDate today, List<Integer> thresholds) {
    List<Due> due = new ArrayList<>();
    LocalDate horizon = today.plusDays(thresholds.isEmpty() ? 0 : thresholds.get(0));
    for (StateLicense l :
        em.createQuery(
                "select l from StateLicense l join fetch l.licensee w join fetch w.newHire n"
                    + " where l.licenseExpiresOn is not null and l.licenseExpiresOn <= :h"
                    + " and l.licenseExpiresOn >= :oldest and n.status not in :gone",
                StateLicense.class)
            .setParameter("h", horizon)
            .setParameter("oldest", today.minusDays(30))
            .setParameter("gone", Clearances.GONE)
            .getResultList()) {
      OptionalInt t = ExpiryThresholds.due(l.licenseExpiresOn(), today, thresholds);
      if (t.isPresent()) {
        due.add(
            new Due(
                l.licensee().id(),
                "license:" + l.state(),
                l.state() + " license " + l.licenseNumber(),
                l.licenseExpiresOn(),
                t.getAsInt(),
                l.licensee().newHire().id()));
      }
    }
    List<Certification> catalog =
        em.createQuery("select c from Certification c", Certification.class).getResultList();
    for (Licensee who :
        em.createQuery(
                "select distinct w from Licensee w join w.certifications c join fetch w.newHire n"
                    + " where c.expiresOn <= :h and c.expiresOn >= :oldest and n.status not in :gone",
                Licensee.class)
            .setParameter("h", horizon)
            .setParameter("oldest", today.minusDays(30))
            .setParameter("gone", Clearances.GONE)
            .getResultList()) {
      for (EarnedCertification e : who.certifications()) {
        OptionalInt t = ExpiryThresholds.due(e.expiresOn(), today, thresholds);
        String name =
            catalog.stream()
                .filter(c -> c.id() == e.certificationId())
                .map(Certification::name)
                .findFirst()
                .orElse("certification");
        if (t.isPresent() && e.expiresOn().isAfter(today.minusDays(31))) {
          due.add(
              new Due(
                  who.id(),
                  "certification:" + e.certificationId(),
                  name + " certification",
                  e.expiresOn(),
                  t.getAsInt(),
                  who.newHire().id()));
        }
      }
    }
    return due;
  }

  /**
   * Records the reminder and queues its mails in one transaction of its own; false when it was
   * already sent (the key exists, or another node is sending it right now).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(Due due) {
    if (em.find(
            ExpiryReminder.class,
            key(due.licenseeId(), due.item(), due.expiresOn(), due.threshold()))
        != null) {
      return false;
    }
    em.persist(
        new ExpiryReminder(
            due.licenseeId(), due.item(), due.expiresOn(), due.threshold(), Instant.now()));
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException sentByAnother) {
      throw new AlreadySent();
    }
    NewHire n = em.find(NewHire.class, due.newHireId());
    String subject =
        due.threshold() == 0
            ? "Expired: " + due.what() + " of " + n.fullName()
            : "Expires in " + due.threshold() + " days: " + due.what() + " of " + n.fullName();
    String text =
        due.threshold() == 0
            ? n.fullName()
                + "'s "
                + due.what()
                + " expired on "
                + due.expiresOn()
                + ". They are no longer cleared to sell where it is needed until it is renewed"
                + " and recorded in FloorReady."
            : n.fullName()
                + "'s "
                + due.what()
                + " expires on "
                + due.expiresOn()
                + ". Renew it before then to keep selling without a gap.";
    for (String to : recipients(n)) {
      outbox.enqueue(
          MailMessage.plain(to, subject, text, "licensing-reminder")
              .about("new-hire", String.valueOf(n.id())));
    }
    if (due.threshold() == 0) {
      timeline.record(
          n.candidateId(),
          n.applicationId(),
          Caller.SYSTEM,
          CandidateEventType.CREDENTIAL_EXPIRED,
          due.what() + " expired on " + due.expiresOn());
    }
    return true;
  }

  /** The person, and their trainers (in class) or the team's hiring managers (on the floor). */
  private Set<String> recipients(NewHire n) {
    Set<String> to = new LinkedHashSet<>();
    if (n.email() != null) {
      to.add(n.email());
    }
    if (n.status() == NewHireStatus.GRADUATED && n.teamId() != null) {
      em
          .createQuery(
              "select u from AppUser u where u.team.id = :t and u.enabled = true", AppUser.class)
          .setParameter("t", n.teamId())
          .getResultList()
          .stream()
          .filter(u -> u.hasRole(org.floorready.security.entity.Role.HIRING_MANAGER))
          .forEach(u -> to.add(u.email()));
    } else {
      n.trainingClass().trainers().forEach(t -> to.add(t.email()));
    }
    return to;
  }

  private static ExpiryReminder.Key key(long licensee, String item, LocalDate on, int threshold) {
    return new ExpiryReminder.Key(licensee, item, on, threshold);
  }

  /** The reminder was sent by someone else in the meantime: this transaction rolls back. */
  static final class AlreadySent extends RuntimeException {
    AlreadySent() {
      super("already sent");
    }
  }
}
