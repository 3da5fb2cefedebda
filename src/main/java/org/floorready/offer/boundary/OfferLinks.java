package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.floorready.application.entity.Application;
import org.floorready.offer.entity.AnswerChannel;
import org.floorready.offer.entity.Offer;
import org.floorready.offer.entity.OfferCannotBeCompleted;
import org.floorready.offer.entity.OfferClosed;
import org.floorready.offer.entity.OfferExpired;
import org.floorready.offer.entity.OfferLinkInvalid;
import org.floorready.offer.entity.OfferStatus;
import org.floorready.platform.Refusal;
import org.floorready.platform.web.SignedLinks;
import org.floorready.training.entity.TrainingClass;

/**
 * The candidate's side of an offer, through the signed link in the offer email: the offer's terms,
 * the letter, accept, or decline with a reason. No account; the link is the key. What cannot be
 * done is said in plain words.
 */
@ApplicationScoped
public class OfferLinks {
  static final String CANDIDATE = "candidate (offer link)";

  @PersistenceContext EntityManager em;
  @Inject SignedLinks links;
  @Inject OfferAnswers answers;

  /** The offer as the candidate sees it. */
  public record CandidateOffer(
      String firstName,
      String jobTitle,
      String pay,
      String shift,
      String workplace,
      String startDate,
      String className,
      String classLocation,
      Instant expiresAt,
      String expires,
      String status,
      boolean answerable,
      String message) {}

  @Transactional
  public CandidateOffer view(String token) {
    Offer offer = offer(token);
    Application a = em.find(Application.class, offer.applicationId());
    TrainingClass c = em.find(TrainingClass.class, offer.classId());
    Map<String, String> texts = OfferLetters.OfferTexts.of(offer, c);
    boolean answerable =
        offer.status() == OfferStatus.SENT && offer.expiresAt().isAfter(Instant.now());
    String name = a.candidate().fullName() == null ? "" : a.candidate().fullName().strip();
    return new CandidateOffer(
        name.isEmpty() ? "there" : name.split("\\s+")[0],
        a.requisition().title(),
        texts.get("payAmount") + " " + texts.get("payBasis"),
        texts.get("shift"),
        texts.get("workplace"),
        texts.get("startDate"),
        c.name(),
        c.virtual() ? "Virtual (" + c.location() + ")" : c.location(),
        offer.expiresAt(),
        texts.get("offerExpires"),
        offer.status().name(),
        answerable,
        message(offer));
  }

  @Transactional
  public byte[] letter(String token) {
    Offer offer = offer(token);
    if (offer.letterPdf() == null) {
      throw new OfferLinkInvalid("This offer has no letter.");
    }
    return offer.letterPdf();
  }

  /**
   * Accepts; a refusal of the class or the requisition reads in plain words (the recruiter knows).
   */
  public CandidateOffer accept(String token) {
    long id = id(token);
    try {
      answers.accept(id, CANDIDATE, AnswerChannel.LINK);
    } catch (OfferClosed | OfferExpired | OfferLinkInvalid plain) {
      throw plain;
    } catch (Refusal refused) {
      throw new OfferCannotBeCompleted(
          "We could not complete your acceptance: "
              + refused.getMessage()
              + " Nothing was changed. Your recruiter has been told and will contact you.");
    }
    return view(token);
  }

  public CandidateOffer decline(String token, String reason) {
    answers.decline(id(token), CANDIDATE, AnswerChannel.LINK, reason);
    return view(token);
  }

  private static String message(Offer offer) {
    return switch (offer.status()) {
      case SENT ->
          offer.expiresAt().isAfter(Instant.now())
              ? null
              : "This offer expired. Ask your recruiter whether a new one is possible.";
      case ACCEPTED ->
          "You accepted this offer. Welcome aboard! Your recruiter will be in touch about your first day.";
      case DECLINED -> "You declined this offer. Thank you for letting us know.";
      case LAPSED -> "This offer expired. Ask your recruiter whether a new one is possible.";
      case SUPERSEDED ->
          "This offer was replaced by a newer one: use the link in the latest offer email.";
      default -> "This offer was withdrawn. Your recruiter will contact you.";
    };
  }

  private Offer offer(String token) {
    Offer offer = em.find(Offer.class, id(token));
    if (offer == null || offer.sentAt() == null) {
      throw invalid();
    }
    return offer;
  }

  private long id(String token) {
    String subject =
        links
            .verify(OfferLetters.LINK_PURPOSE, token, Instant.now())
            .orElseThrow(OfferLinks::invalid);
    try {
      return Long.parseLong(subject);
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static OfferLinkInvalid invalid() {
    return new OfferLinkInvalid(
        "This offer link is not valid: check that you opened the whole link from the email, or ask"
            + " your recruiter to send it again.");
  }
}
