package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.control.TemplateValues;
import org.floorready.application.entity.Application;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;

/** Renders templates with one application's real data, for previews. */
@ApplicationScoped
@Transactional
public class ApplicationMails {
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject Pipelines pipelines;
  @Inject EmailTemplates templates;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public TemplateRenderer.Rendered preview(long applicationId, long templateId) {
    AppUser me = caller.user();
    Application a = moves.visible(applicationId, me, false);
    String stage = pipelines.of(a.requisition().id()).name(a.stage());
    return TemplateRenderer.render(
        templates.get(templateId), TemplateValues.of(a, stage, baseUrl, me));
  }
}
