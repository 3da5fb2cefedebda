package org.floorready.notification.boundary;

import java.time.Instant;
import org.floorready.notification.entity.EmailTemplate;
import org.floorready.notification.entity.TemplatePurpose;

/** A template as the API shows it, with how many messages were sent from it. */
public record TemplateView(
    long id,
    TemplatePurpose purpose,
    String name,
    String subject,
    String body,
    boolean active,
    String updatedBy,
    Instant updatedAt,
    long sent,
    long version) {
  static TemplateView of(EmailTemplate t, long sent) {
    return new TemplateView(
        t.id(),
        t.purpose(),
        t.name(),
        t.subject(),
        t.body(),
        t.active(),
        t.updatedBy(),
        t.updatedAt(),
        sent,
        t.version());
  }
}
