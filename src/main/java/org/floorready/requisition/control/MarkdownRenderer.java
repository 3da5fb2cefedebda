package org.floorready.requisition.control;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Job descriptions are Markdown written by recruiters and shown to the public: raw HTML in them is
 * escaped and link targets are sanitized, so a description can never inject script.
 */
public final class MarkdownRenderer {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private MarkdownRenderer() {}

  public static String toSafeHtml(String markdown) {
    return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
  }
}
