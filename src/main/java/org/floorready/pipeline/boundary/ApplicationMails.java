package org.floorready.pipeline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.candidate.control.TemplateValues;
import org.floorready.candidate.entity.Application;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.security.entity.AppUser;

/** Renders templates with one application's real data, for previews. */
@ApplicationScoped
@Transactional
public class ApplicationMails {
  @Inject RequisitionLookup lookup;
  @Inject Moves moves;
  @Inject Pipelines pipelines;
  @Inject EmailTemplates templates;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public TemplateRenderer.Rendered preview(long applicationId, long templateId) {
    AppUser me = lookup.me();
    Application a = moves.visible(applicationId, me, false);
    String stage = pipelines.of(a.requisition().id()).name(a.stage());
    return TemplateRenderer.render(templates.get(templateId), TemplateValues.of(a, stage, baseUrl, me));
  }
}
