package org.floorready.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.notification.control.SmtpSender;
import org.floorready.notification.entity.MailMessage;
import org.floorready.notification.entity.OutboxMessage;
import org.floorready.notification.entity.OutboxStatus;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;

/** The mail outbox: features enqueue in their own transaction; the relay delivers. */
@ApplicationScoped
public class Outbox {
  @PersistenceContext EntityManager em;
  @Inject SmtpSender sender;

  @Inject
  @ConfigProperty(name = "floorready.mail.retry-base-seconds")
  long retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "floorready.mail.max-attempts")
  int maxAttempts;

  /** Joins the caller's transaction, so the message exists exactly when the change does. */
  @Transactional(TxType.MANDATORY)
  public OutboxMessage enqueue(MailMessage mail) {
    OutboxMessage message = new OutboxMessage(mail, Instant.now());
    em.persist(message);
    return message;
  }

  /** Erases every message about one record (a person who asked to be erased). */
  @Transactional(TxType.MANDATORY)
  public int eraseAbout(String relatedType, String relatedId) {
    List<OutboxMessage> about =
        em.createQuery(
                "select m from OutboxMessage m where m.relatedType = :type and m.relatedId = :id",
                OutboxMessage.class)
            .setParameter("type", relatedType)
            .setParameter("id", relatedId)
            .getResultList();
    about.forEach(OutboxMessage::erase);
    return about.size();
  }

  @Transactional
  public Page<OutboxMessage> list(
      OutboxStatus status,
      String query,
      String relatedType,
      String relatedId,
      Long templateId,
      PageRequest page) {
    return ListQuery.of(OutboxMessage.class, "m")
        .where("m.status = :status", "status", status)
        .where(
            "(lower(m.subject) like :q or lower(m.recipients) like :q)",
            "q",
            query == null || query.isBlank() ? null : "%" + query.toLowerCase() + "%")
        .where("m.relatedType = :relatedType", "relatedType", relatedType)
        .where("m.relatedId = :relatedId", "relatedId", relatedId)
        .where("m.templateId = :templateId", "templateId", templateId)
        .sortable("createdAt", "m.createdAt")
        .sortable("status", "m.status")
        .sortable("subject", "m.subject")
        .defaultSort("-createdAt")
        .page(em, page);
  }

  @Transactional
  public OutboxMessage get(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null) {
      throw new NotFoundException("No outbox message " + id + ".");
    }
    message.attachments().forEach(a -> a.content());
    return message;
  }

  @Transactional
  public OutboxMessage requeue(long id) {
    OutboxMessage message = get(id);
    message.requeue(Instant.now());
    return message;
  }

  @Transactional
  public List<Long> dueIds(int limit) {
    return em.createNamedQuery(OutboxMessage.DUE, Long.class)
        .setParameter("statuses", List.of(OutboxStatus.QUEUED, OutboxStatus.RETRYING))
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sends one message under a row lock and marks it SENT in the same transaction. If the server
   * dies between the SMTP accept and the commit, the message may go out once more; once SENT is
   * committed it never goes out again.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void deliver(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (message == null || !message.isDue(now)) {
      return;
    }
    try {
      sender.send(message);
      message.markSent(now);
    } catch (MessagingException | RuntimeException e) {
      message.markFailed(describe(e), now, Duration.ofSeconds(retryBaseSeconds), maxAttempts);
    }
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return e.getClass().getSimpleName()
        + ": "
        + e.getMessage()
        + (root != e
            ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")"
            : "");
  }
}
