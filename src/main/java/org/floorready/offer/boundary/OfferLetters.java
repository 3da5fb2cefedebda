package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.boundary.Moves;
import org.floorready.application.control.TemplateValues;
import org.floorready.application.entity.Application;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.control.TemplateRenderer;
import org.floorready.notification.entity.EmailTemplate;
import org.floorready.notification.entity.MailMessage;
import org.floorready.notification.entity.TemplatePurpose;
import org.floorready.offer.control.LetterPdf;
import org.floorready.offer.entity.Offer;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.web.SignedLinks;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.TrainingClass;

/**
 * Sends an offer: the letter is written from the offer-letter template, kept as text and as PDF,
 * and mailed through the outbox with the PDF attached and a signed link where the candidate accepts
 * or declines. The link stays readable 30 days past the expiry (so the page can say the offer
 * expired) but answers only until the expiry.
 */
@ApplicationScoped
@Transactional
public class OfferLetters {
  static final String LINK_PURPOSE = "offer";
  static final Duration LINK_GRACE = Duration.ofDays(30);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Offers offers;
  @Inject Moves moves;
  @Inject EmailTemplates templates;
  @Inject Outbox outbox;
  @Inject SignedLinks links;
  @Inject Timeline timeline;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public OfferView send(long offerId, Long version) {
    AppUser me = caller.user();
    Offers.requireRecruiter(me);
    Offer offer = offers.visible(offerId, me, true);
    if (version != null && version != offer.version()) {
      throw new org.floorready.platform.StaleEdit(
          "Someone changed this offer since you loaded it. Reload it and send it again.",
          offers.view(offer, me));
    }
    Application a = moves.visible(offer.applicationId(), me, false);
    String to = a.candidate().primaryEmail();
    if (to == null || to.isBlank()) {
      throw new InvalidInput(
          "candidate", "has no email address: add one, or record the candidate's answer by hand");
    }
    EmailTemplate template =
        offer.templateId() == null
            ? templates
                .standard(TemplatePurpose.OFFER_LETTER)
                .orElseThrow(
                    () -> new InvalidInput("templateId", "no offer letter template exists"))
            : templates.get(offer.templateId());
    String link = link(offer);
    Map<String, String> values = values(offer, a, me, link);
    TemplateRenderer.Rendered letter = TemplateRenderer.render(template, values);
    String text =
        template.body().contains("offerLink")
            ? letter.text()
            : letter.text() + "\n\nAccept or decline this offer here: " + link;
    byte[] pdf = LetterPdf.render(letter.subject(), text);
    Map<String, Object> before = offer.auditState();
    offer.send(text, pdf, Instant.now());
    outbox.enqueue(
        MailMessage.plain(to, letter.subject(), text, "offer")
            .withAttachment(new MailMessage.Attachment("offer-letter.pdf", "application/pdf", pdf))
            .about("application", String.valueOf(a.id()))
            .fromTemplate(template.id()));
    timeline.record(
        a.candidate().id(),
        a.id(),
        me.email(),
        CandidateEventType.OFFER_SENT,
        a.requisition().title());
    audit.updated(offer, before, "Offer sent to " + to);
    return offers.view(offer, me);
  }

  /** The letter as PDF, for the hiring team. */
  public byte[] pdf(long offerId) {
    Offer offer = offers.visible(offerId, caller.user(), false);
    if (offer.letterPdf() == null) {
      throw new jakarta.ws.rs.NotFoundException(
          "Offer " + offerId + " has no letter yet: it is written when sent.");
    }
    return offer.letterPdf();
  }

  private String link(Offer offer) {
    String token =
        links.sign(LINK_PURPOSE, String.valueOf(offer.id()), offer.expiresAt().plus(LINK_GRACE));
    return baseUrl.replaceAll("/$", "") + "/offer/#" + token;
  }

  private Map<String, String> values(Offer offer, Application a, AppUser me, String link) {
    TrainingClass c = em.find(TrainingClass.class, offer.classId());
    Map<String, String> values =
        new LinkedHashMap<>(TemplateValues.of(a, "Offer", baseUrl.replaceAll("/$", ""), me));
    values.putAll(OfferTexts.of(offer, c));
    values.put("offerLink", link);
    return values;
  }

  /** How an offer's terms read in a letter and on the candidate's page. */
  static final class OfferTexts {
    private OfferTexts() {}

    static Map<String, String> of(Offer offer, TrainingClass c) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("payAmount", money(offer));
      values.put("payBasis", offer.payBasis() == PayBasis.HOURLY ? "per hour" : "per year");
      values.put("shift", offer.shift());
      values.put("workplace", workplace(offer));
      values.put(
          "startDate",
          offer.startDate().format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US)));
      values.put("className", c.name());
      values.put(
          "offerExpires",
          offer
              .expiresAt()
              .atZone(c.zone())
              .format(DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US)));
      return values;
    }

    static String money(Offer offer) {
      NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
      try {
        format.setCurrency(java.util.Currency.getInstance(offer.payCurrency()));
      } catch (IllegalArgumentException unknown) {
        return offer.payAmount().toPlainString() + " " + offer.payCurrency();
      }
      return format.format(offer.payAmount());
    }

    static String workplace(Offer offer) {
      return offer.workMode() == WorkMode.REMOTE
          ? "Remote"
          : (offer.workMode() == WorkMode.HYBRID ? "Hybrid, " : "")
              + (offer.site() == null ? "the site named by your recruiter" : offer.site());
    }
  }
}
