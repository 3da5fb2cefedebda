package org.floorready.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.floorready.notification.entity.EmailTemplate;
import org.floorready.notification.entity.TemplatePurpose;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {
  private static EmailTemplate template(String subject, String body) {
    return new EmailTemplate(TemplatePurpose.REJECTION, "t", subject, body, "admin", Instant.EPOCH);
  }

  @Test
  void fillsPlaceholdersLiterallyAndEscapesThemInHtml() {
    EmailTemplate t =
        template(
            "About {{ requisitionTitle }}", "Hello {{candidateFirstName}},\n\nsee {{jobLink}}");
    var mail =
        TemplateRenderer.render(
            t,
            Map.of(
                "requisitionTitle",
                "Agent {{stage}}",
                "candidateFirstName",
                "<b>Ana</b>",
                "jobLink",
                "https://jobs.example.com/careers/1-agent"));
    assertThat(mail.subject()).isEqualTo("About Agent {{stage}}");
    assertThat(mail.text())
        .isEqualTo("Hello <b>Ana</b>,\n\nsee https://jobs.example.com/careers/1-agent");
    assertThat(mail.html())
        .contains(
            "Hello &lt;b&gt;Ana&lt;/b&gt;,</p><p>see <a href=\"https://jobs.example.com/careers/1-agent\">")
        .doesNotContain("<b>Ana");
  }

  @Test
  void unknownPlaceholdersAreReportedAndMissingValuesAreEmpty() {
    assertThat(
            TemplateRenderer.unknownPlaceholders(
                "Hi {{nickname}} {{ candidateName }} {{ salary }}"))
        .containsExactly("nickname", "salary");
    assertThat(TemplateRenderer.render(template("x", "[{{recruiterEmail}}]"), Map.of()).text())
        .isEqualTo("[]");
  }

  @Test
  void aSubjectStaysOneLine() {
    assertThat(
            TemplateRenderer.render(
                    template("Hi {{candidateName}}", "b"), Map.of("candidateName", "A\r\nBcc: x"))
                .subject())
        .isEqualTo("Hi A Bcc: x");
  }
}
