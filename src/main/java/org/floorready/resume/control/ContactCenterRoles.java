package org.floorready.resume.control;

import java.util.regex.Pattern;

/**
 * Tells whether a job was contact-center work: phone sales or service roles by title, or any job
 * whose description shows the person worked a call queue.
 */
final class ContactCenterRoles {

  private static final Pattern TITLE =
      Pattern.compile(
          String.join(
              "|",
              "call\\s*cent(?:er|re)",
              "contact\\s*cent(?:er|re)",
              "customer\\s+(?:service|care|support|success|experience|retention)",
              "member\\s+(?:services?|support)",
              "client\\s+services?",
              "\\bCSR\\b",
              "tele(?:sales|marketing|phone)",
              "inside\\s+sales",
              "inbound",
              "outbound",
              "sales\\s+(?:agent|rep|representative|associate|consultant|advisor|specialist)",
              "insurance\\s+(?:agent|producer|sales|specialist|advisor)",
              "licensed\\b.*\\b(?:agent|producer|representative)",
              "\\bproducer\\b",
              "retention\\s+(?:specialist|agent|representative)",
              "claims\\s+(?:intake|representative|associate)",
              "enrollment\\s+(?:representative|specialist|advisor)",
              "help\\s*desk",
              "service\\s+desk",
              "phone\\s+agent",
              "reservations?\\s+agent",
              "collections?\\s+(?:agent|representative|specialist)",
              "dispatcher",
              "patient\\s+access",
              "process\\s+associate",
              "\\bBPO\\b",
              "chat\\s+(?:agent|support)",
              "technical\\s+support",
              "team\\s+(?:lead|coach)",
              "quality\\s+(?:analyst|assurance)",
              "workforce"),
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          String.join(
              "|",
              "(?:inbound|outbound|warm[- ]transfer)\\s+(?:\\w+\\s+){0,3}calls?",
              "calls?\\s+(?:a|per)\\s+(?:day|shift|hour)",
              "call\\s*cent(?:er|re)",
              "contact\\s*cent(?:er|re)",
              "\\bqueue\\b",
              "\\bdialer\\b",
              "voice\\s+(?:support|process)",
              "phone\\s+(?:sales|support|queue)",
              "\\bBPO\\b"),
          Pattern.CASE_INSENSITIVE);

  private ContactCenterRoles() {}

  static boolean isContactCenter(JobHeader header, String description) {
    String title = header.title() == null ? "" : header.title();
    return TITLE.matcher(title).find() || DESCRIPTION.matcher(description).find();
  }
}
