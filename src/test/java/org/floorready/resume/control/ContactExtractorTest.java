package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactExtractorTest {

  private final ContactExtractor contacts = new ContactExtractor();

  private String firstPhone(String text) {
    return contacts.phones(ResumeText.of(text)).get(0).value();
  }

  @Test
  void normalizesUsPhoneFormatsToE164() {
    assertThat(firstPhone("Reach me: +1.307.555.0142")).isEqualTo("+13075550142");
    assertThat(firstPhone("Phone (608)555-0161")).isEqualTo("+16085550161");
    assertThat(firstPhone("Cell: 505/555-0107 · Tucson")).isEqualTo("+15055550107");
    assertThat(firstPhone("6155550129 | someone@example.com")).isEqualTo("+16155550129");
    assertThat(firstPhone("1-803-555-0190")).isEqualTo("+18035550190");
    assertThat(firstPhone("Phone Number: (919) 555 0183")).isEqualTo("+19195550183");
    // dashes and spaces a word processor puts in: the quick look before libphonenumber lets them
    // through
    assertThat(firstPhone("Tel 214–555–0187")).isEqualTo("+12145550187");
    assertThat(firstPhone("Tel +1 214 555 0187 · Dallas, TX")).isEqualTo("+12145550187");
  }

  @Test
  void putsThePersonalNumberFirstAndSkipsFax() {
    var phones =
        contacts.phones(
            ResumeText.of(
                """
                Office: 512-555-0170 · Fax: 512-555-0171
                Mobile 512-555-0172
                """));
    assertThat(phones).extracting(Found::value).containsExactly("+15125550172", "+15125550170");
  }

  @Test
  void doesNotReadLicenseNumbersOrDateRangesAsPhones() {
    assertThat(contacts.phones(ResumeText.of("Texas License # 2145550199\nNPN 19283746")))
        .isEmpty();
    assertThat(
            contacts.phones(ResumeText.of("Agent | Acme | 06/2017 – 12/2019\n2016 - 02/2021 Rep")))
        .isEmpty();
  }

  @Test
  void findsEmailsOnceEachWithTheirLine() {
    var emails =
        contacts.emails(
            ResumeText.of(
                "Email: Pat.Q.Lee@example.org\nalt: pat.q.lee@example.org; (mailto:pq@example.net)"));
    assertThat(emails)
        .extracting(Found::value)
        .containsExactly("Pat.Q.Lee@example.org", "pq@example.net");
    assertThat(emails.get(0).source()).isEqualTo("Email: Pat.Q.Lee@example.org");
  }

  @Test
  void anEmailThatOcrSplitAtADotIsJoinedButASentenceIsLeftAlone() {
    assertThat(ContactExtractor.ocrSplitEmail("sergio. whitfield185@example.org"))
        .isEqualTo("sergio.whitfield185@example.org");
    assertThat(ContactExtractor.ocrSplitEmail("marcus.sato 188@example.com"))
        .isEqualTo("marcus.sato188@example.com");
    assertThat(
            ContactExtractor.ocrSplitEmail(
                "Omaha, NE - 402/555-0103 - jose. fitzgerald206@example.net"))
        .isEqualTo("Omaha, NE - 402/555-0103 - jose.fitzgerald206@example.net");
    assertThat(ContactExtractor.ocrSplitEmail("ana. lopez@example.org | Tulsa, OK"))
        .isEqualTo("ana.lopez@example.org | Tulsa, OK");
    assertThat(ContactExtractor.ocrSplitEmail("Tulsa - Write me. jane@example.org"))
        .isEqualTo("Tulsa - Write me. jane@example.org");
    assertThat(ContactExtractor.ocrSplitEmail("Write me. jane@example.org"))
        .isEqualTo("Write me. jane@example.org");
    assertThat(ContactExtractor.ocrSplitEmail("Email jane@example.org"))
        .isEqualTo("Email jane@example.org");
  }
}
