package org.floorready.notification.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.floorready.notification.entity.TemplatePurpose;

/** A new or changed email template. */
public record TemplateEdit(
    @NotNull TemplatePurpose purpose,
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Size(max = 300) String subject,
    @NotBlank @Size(max = 20000) String body,
    Boolean active,
    Long version) {
  public TemplateEdit(
      TemplatePurpose purpose,
      String name,
      String subject,
      String body,
      Boolean active,
      Long version) {
    this.purpose = purpose;
    this.name = name;
    this.subject = subject;
    this.body = body;
    this.active = active;
    this.version = version;
  }

  boolean activeOrDefault() {
    return active == null || active;
  }
}
