package org.floorready.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.floorready.offer.control.LetterPdf;
import org.floorready.offer.entity.AnswerChannel;
import org.floorready.offer.entity.NotYourOfferApproval;
import org.floorready.offer.entity.Offer;
import org.floorready.offer.entity.OfferClosed;
import org.floorready.offer.entity.OfferExpired;
import org.floorready.offer.entity.OfferNotApproved;
import org.floorready.offer.entity.OfferStatus;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.junit.jupiter.api.Test;

/**
 * The offer's life with an injected clock: approval, send, answer, lapse, supersede; the PDF
 * letter.
 */
class OfferRulesTest {
  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  private static Offer offer(List<Offer.Approver> chain, Instant expires) {
    return new Offer(
        1,
        2,
        new Offer.Terms(
            PayBasis.HOURLY,
            new BigDecimal("19.50"),
            "USD",
            "Mon–Fri 9–5:30",
            WorkMode.ON_SITE,
            "Charlotte, NC",
            3,
            LocalDate.of(2027, 1, 4),
            expires,
            null),
        !chain.isEmpty(),
        chain,
        "riley@x",
        NOW);
  }

  private static AppUser user(long id, Role role) {
    AppUser u =
        new AppUser(
            "u" + id + "@x",
            "U " + id,
            "hash",
            java.util.Set.of(role),
            java.time.ZoneId.of("America/Chicago"));
    try {
      var field = AppUser.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(u, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return u;
  }

  @Test
  void anOfferNeedsAFutureExpiryAndPositivePay() {
    assertThatThrownBy(() -> offer(List.of(), NOW)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void approvalsGoInOrderAndOnlyThePendingApproverDecides() {
    AppUser manager = user(10, Role.HIRING_MANAGER);
    AppUser director = user(11, Role.HIRING_MANAGER);
    Offer o =
        offer(
            List.of(new Offer.Approver(manager, null), new Offer.Approver(director, null)),
            NOW.plus(Duration.ofDays(5)));

    assertThat(o.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
    assertThatThrownBy(() -> o.send("letter", new byte[] {1}, NOW))
        .isInstanceOf(OfferNotApproved.class);
    assertThatThrownBy(() -> o.decide(director, true, null, NOW))
        .isInstanceOf(NotYourOfferApproval.class);
    o.decide(manager, true, "ok", NOW);
    assertThat(o.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
    o.decide(director, true, null, NOW);
    assertThat(o.status()).isEqualTo(OfferStatus.APPROVED);
  }

  @Test
  void aSentOfferIsAnsweredOnceAndNotAfterItsExpiry() {
    Instant expires = NOW.plus(Duration.ofDays(2));
    Offer o = offer(List.of(), expires);
    o.send("letter", new byte[] {1}, NOW);

    assertThat(o.alreadyAccepted(NOW)).isFalse();
    assertThatThrownBy(() -> o.alreadyAccepted(expires)).isInstanceOf(OfferExpired.class);
    o.accept("candidate", AnswerChannel.LINK, NOW);
    assertThat(o.alreadyAccepted(NOW.plusSeconds(1)))
        .as("a second accept changes nothing")
        .isTrue();
    assertThatThrownBy(() -> o.decline("candidate", AnswerChannel.LINK, "other job", NOW))
        .isInstanceOf(OfferClosed.class);
    assertThat(o.lapseIfDue(expires.plusSeconds(1))).isFalse();
  }

  @Test
  void anOpenOfferLapsesAtItsExpiryAndThenCannotBeAnswered() {
    Instant expires = NOW.plus(Duration.ofHours(3));
    Offer o = offer(List.of(), expires);
    o.send("letter", new byte[] {1}, NOW);

    assertThat(o.lapseIfDue(expires.minusSeconds(1))).isFalse();
    assertThat(o.lapseIfDue(expires)).isTrue();
    assertThat(o.status()).isEqualTo(OfferStatus.LAPSED);
    assertThatThrownBy(() -> o.alreadyAccepted(NOW)).isInstanceOf(OfferExpired.class);
  }

  @Test
  void aRevisionSupersedesAndADeclineNeedsAReason() {
    Offer first = offer(List.of(), NOW.plus(Duration.ofDays(3)));
    first.send("letter", new byte[] {1}, NOW);
    Offer second = offer(List.of(), NOW.plus(Duration.ofDays(4)));
    second.supersede(first, NOW);

    assertThat(first.status()).isEqualTo(OfferStatus.SUPERSEDED);
    assertThatThrownBy(() -> first.alreadyAccepted(NOW))
        .isInstanceOf(OfferClosed.class)
        .hasMessageContaining("newer");
    second.send("letter", new byte[] {1}, NOW);
    assertThatThrownBy(() -> second.decline("c", AnswerChannel.PHONE, "", NOW))
        .isInstanceOf(InvalidInput.class);
    second.decline("c", AnswerChannel.PHONE, "Took another job", NOW);
    assertThat(second.status()).isEqualTo(OfferStatus.DECLINED);
  }

  @Test
  void theLetterIsARealPdfWhoseTextReadsBack() throws Exception {
    String text =
        "Dear Ana Núñez,\n\nPay: $19.50 per hour\n" + "word ".repeat(900) + "\nThe end — 😀";

    byte[] pdf = LetterPdf.render("Your offer: Licensed P&C Sales Agent", text);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String read = new PDFTextStripper().getText(document);
      assertThat(read)
          .contains(
              "Your offer: Licensed P&C Sales Agent",
              "Dear Ana Núñez,",
              "$19.50 per hour",
              "The end — ?");
    }
  }
}
