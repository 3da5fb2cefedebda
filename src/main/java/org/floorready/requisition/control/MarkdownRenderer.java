package org.floorready.requisition.control;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Job descriptions are Markdown written by recruiters and shown to the public: raw HTML in them is
 * escaped and link targets are sanitized, so a description can never inject script.
 */
public final class MarkdownRenderer {
  private static final Parser PARSER = Parser.builder().build();
  // links and images may only be web or mail addresses: never data: or javascript:
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .build();

  private MarkdownRenderer() {}

  public static String toSafeHtml(String markdown) {
    return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
  }
}
