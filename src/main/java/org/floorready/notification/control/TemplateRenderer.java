package org.floorready.notification.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.floorready.notification.entity.EmailTemplate;

/**
 * Fills a template's {@code {{placeholder}}}s. Values are inserted literally (a name that contains
 * braces is not expanded again) and HTML-escaped in the HTML body. Unknown placeholders are refused
 * when a template is saved, so a candidate never receives a literal "{{…}}".
 */
public final class TemplateRenderer {
  /** Every placeholder a template may use, with what it stands for. */
  public static final Map<String, String> PLACEHOLDERS = placeholders();

  /**
   * Placeholders only an offer (its email and its letter) fills; a template of another purpose that
   * uses one is refused, since nothing would fill it.
   */
  public static final Map<String, String> OFFER_PLACEHOLDERS = offerPlaceholders();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private TemplateRenderer() {}

  /** A filled-in email. */
  public record Rendered(String subject, String text, String html) {}

  private static Map<String, String> placeholders() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("candidateName", "the candidate's full name");
    all.put("candidateFirstName", "the candidate's first name");
    all.put("requisitionTitle", "the job title");
    all.put("jobLink", "the public address of the job");
    all.put("careersLink", "the public careers page");
    all.put("stage", "the application's current stage");
    all.put("recruiterName", "the recruiter of the requisition (or the sender)");
    all.put("recruiterEmail", "that recruiter's email address");
    all.putAll(offerPlaceholders());
    return java.util.Collections.unmodifiableMap(all);
  }

  private static Map<String, String> offerPlaceholders() {
    Map<String, String> offer = new LinkedHashMap<>();
    offer.put("payAmount", "offers only: the pay, such as $18.50");
    offer.put("payBasis", "offers only: per hour, per year…");
    offer.put("shift", "offers only: the shift");
    offer.put("workplace", "offers only: the site, or remote");
    offer.put("startDate", "offers only: the first day (the class's start)");
    offer.put("className", "offers only: the training class");
    offer.put("offerExpires", "offers only: until when the offer stands");
    offer.put("offerLink", "offers only: the page where the candidate accepts or declines");
    return java.util.Collections.unmodifiableMap(offer);
  }

  /** Whether a template of the purpose may use the placeholder. */
  public static boolean allowed(String placeholder, boolean offer) {
    return PLACEHOLDERS.containsKey(placeholder)
        && (offer || !OFFER_PLACEHOLDERS.containsKey(placeholder));
  }

  /** Placeholders used in the text that FloorReady does not know, in order of appearance. */
  public static List<String> unknownPlaceholders(String text) {
    return unknownPlaceholders(text, true);
  }

  /**
   * Placeholders in the text that a template of that kind cannot use ({@code offer}: a template of
   * an offer, which may use the offer's placeholders too).
   */
  public static List<String> unknownPlaceholders(String text, boolean offer) {
    TreeSet<String> unknown = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      if (!allowed(m.group(1), offer)) {
        unknown.add(m.group(1));
      }
    }
    return List.copyOf(unknown);
  }

  public static Rendered render(EmailTemplate template, Map<String, String> values) {
    String subject = substitute(template.subject(), values, false).replaceAll("[\\r\\n]+", " ");
    String text = substitute(template.body(), values, false);
    String html = toHtml(template.body(), values);
    return new Rendered(subject, text, html);
  }

  private static String substitute(String text, Map<String, String> values, boolean escapeHtml) {
    Map<String, String> safe = new LinkedHashMap<>();
    PLACEHOLDERS
        .keySet()
        .forEach(
            k -> {
              String v = values.getOrDefault(k, "");
              safe.put(k, escapeHtml ? linkedHtml(v) : v);
            });
    StringSubstitutor substitutor = new StringSubstitutor(safe, "{{", "}}");
    substitutor.setDisableSubstitutionInValues(true);
    substitutor.setEnableSubstitutionInVariables(false);
    substitutor.setValueDelimiter("\u0000");
    return substitutor.replace(normalizeSpacing(text));
  }

  private static String normalizeSpacing(String text) {
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + "}}"));
  }

  private static String toHtml(String body, Map<String, String> values) {
    String escaped = StringEscapeUtils.escapeHtml4(body);
    String filled = substitute(escaped, values, true);
    StringBuilder html =
        new StringBuilder("<div style=\"font-family:sans-serif;line-height:1.5\">");
    for (String paragraph : filled.split("\\n\\s*\\n")) {
      html.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>");
    }
    return html.append("</div>").toString();
  }

  private static String linkedHtml(String value) {
    String escaped = StringEscapeUtils.escapeHtml4(value);
    return LINK.matcher(escaped)
        .replaceAll(
            m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
  }
}
