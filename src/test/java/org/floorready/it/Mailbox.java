package org.floorready.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** GreenMail as the real SMTP server the app under test sends to (FLOORREADY_SMTP_PORT=3025). */
final class Mailbox {
  private final ServerSetup smtp;
  private GreenMail server;

  Mailbox() {
    this(3025);
  }

  Mailbox(int port) {
    smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  }

  void start() {
    server = new GreenMail(smtp);
    server.start();
  }

  void stop() {
    server.stop();
  }

  List<MimeMessage> all() {
    return List.of(server.getReceivedMessages());
  }

  List<MimeMessage> to(String email) {
    return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, email)).toList();
  }

  boolean received(String email, String subjectStart) {
    return to(email).stream().anyMatch(m -> subject(m).startsWith(subjectStart));
  }

  /**
   * The account mail about user {@code userId} reaches this SMTP server once, is marked SENT in the
   * outbox, and does not come again.
   */
  void awaitAccountMailSentOnce(String email, long userId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "SENT"
                    .equals(
                        Api.admin()
                            .get("/outbox?relatedType=AppUser&relatedId=" + userId)
                            .path("messages.items[0].status")));
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(6))
        .until(() -> to(email).size() == 1);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  private static boolean sentTo(MimeMessage message, String email) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email));
    } catch (Exception e) {
      return false;
    }
  }
}
