package org.floorready.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.notification.entity.EmailTemplate;
import org.floorready.notification.entity.MailMessage;
import org.floorready.notification.entity.TemplateInUse;
import org.floorready.notification.entity.TemplatePurpose;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleCheck;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/** Admins keep the templates; features render them and send the result through the outbox. */
@ApplicationScoped
@Transactional
public class EmailTemplates {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Outbox outbox;

  public List<EmailTemplate> list(TemplatePurpose purpose, boolean activeOnly) {
    // "active" is filtered in Java: EclipseLink writes booleans as 1/0, which H2 2 refuses to
    // compare with BOOLEAN.
    String where = purpose == null ? "" : " and t.purpose = :purpose";
    var query =
        em.createQuery(
            "select t from EmailTemplate t where 1 = 1" + where + " order by t.purpose, t.name",
            EmailTemplate.class);
    if (purpose != null) {
      query.setParameter("purpose", purpose);
    }
    return query.getResultStream().filter(t -> t.active() || !activeOnly).toList();
  }

  public EmailTemplate get(long id) {
    EmailTemplate template = em.find(EmailTemplate.class, id);
    if (template == null) {
      throw new NotFoundException("No email template " + id + ".");
    }
    return template;
  }

  /** The template a feature uses for its automatic mail: the oldest active one of the purpose. */
  public Optional<EmailTemplate> standard(TemplatePurpose purpose) {
    return em.createQuery(
            "select t from EmailTemplate t where t.purpose = :p order by t.id", EmailTemplate.class)
        .setParameter("p", purpose)
        .getResultStream()
        .filter(EmailTemplate::active)
        .findFirst();
  }

  public EmailTemplate create(TemplateEdit edit) {
    check(edit);
    EmailTemplate template =
        new EmailTemplate(
            edit.purpose(), edit.name(), edit.subject(), edit.body(), caller.name(), Instant.now());
    if (!edit.activeOrDefault()) {
      template.edit(edit.name(), edit.subject(), edit.body(), false, caller.name(), Instant.now());
    }
    em.persist(template);
    audit.created(template);
    return template;
  }

  public EmailTemplate update(long id, TemplateEdit edit) {
    EmailTemplate template = get(id);
    StaleCheck.requireCurrent(edit.version(), template.version(), "template");
    check(edit);
    Map<String, Object> before = template.auditState();
    template.changePurpose(edit.purpose());
    template.edit(
        edit.name(),
        edit.subject(),
        edit.body(),
        edit.activeOrDefault(),
        caller.name(),
        Instant.now());
    audit.updated(template, before);
    return template;
  }

  /** Deletes a template no message was sent from; a used one can only be deactivated. */
  public void delete(long id) {
    EmailTemplate template = get(id);
    long used = sentCount(id);
    if (used > 0) {
      throw new TemplateInUse(
          "This template was used for "
              + used
              + " message(s); deactivate it instead, so they keep"
              + " pointing to it.");
    }
    audit.deleted(template);
    em.remove(template);
  }

  /** How many messages each template sent, for a whole list in one query. */
  public Map<Long, Long> sentCounts() {
    return em.createQuery(
            "select m.templateId, count(m) from OutboxMessage m where m.templateId is not null"
                + " group by m.templateId",
            Object[].class)
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  public long sentCount(long id) {
    return em.createQuery(
            "select count(m) from OutboxMessage m where m.templateId = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * Renders the template with the values and puts the message in the outbox, tagged with the
   * template.
   */
  public TemplateRenderer.Rendered send(
      EmailTemplate template,
      String to,
      Map<String, String> values,
      String relatedType,
      String relatedId) {
    TemplateRenderer.Rendered mail = TemplateRenderer.render(template, values);
    outbox.enqueue(
        MailMessage.plain(to, mail.subject(), mail.text(), template.purpose().name().toLowerCase())
            .withHtml(mail.html())
            .about(relatedType, relatedId)
            .fromTemplate(template.id()));
    return mail;
  }

  private static void check(TemplateEdit edit) {
    boolean offer = edit.purpose() != null && edit.purpose().isOffer();
    List<String> unknown =
        TemplateRenderer.unknownPlaceholders(edit.subject() + " " + edit.body(), offer);
    if (!unknown.isEmpty()) {
      throw new InvalidInput(
          TemplateRenderer.unknownPlaceholders(edit.subject(), offer).isEmpty()
              ? "body"
              : "subject",
          "uses unknown placeholder(s) "
              + String.join(", ", unknown.stream().map(u -> "{{" + u + "}}").toList())
              + "; known are "
              + String.join(
                  ", ",
                  TemplateRenderer.PLACEHOLDERS.keySet().stream()
                      .filter(k -> TemplateRenderer.allowed(k, offer))
                      .toList()));
    }
  }
}
