package org.floorready.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;

/**
 * The check every page a user can reach must pass, run by the browser tests on each page they
 * visit: axe-core's WCAG 2 A and AA rules with no serious or critical violation, nothing in the
 * console at error level, and no "null", "undefined" or "NaN" in the visible text. axe runs once
 * per distinct page and viewport (it takes a second); the other checks run on every visit. Problems
 * are collected and reported together at the end, so one run shows all of them.
 */
final class PageGuard {
  private static final Pattern LEAKED = Pattern.compile("\\b(null|undefined|NaN)\\b");
  private static final String AXE = load();

  private final Browser browser;
  private final Set<String> audited = new HashSet<>();
  private final List<String> problems = new ArrayList<>();
  private int pages;

  PageGuard(Browser browser) {
    this.browser = browser;
  }

  /**
   * Checks the page now shown; {@code kind} names the page for axe's once-per-page rule (e.g.
   * "application" for every application page), {@code viewport} the screen it is seen on.
   */
  void check(String kind, String viewport) {
    pages++;
    settle();
    String where = kind + " @" + viewport + " (" + browser.driver.getCurrentUrl() + ")";
    String text =
        (String)
            ((JavascriptExecutor) browser.driver).executeScript("return document.body.innerText");
    Matcher leaked = LEAKED.matcher(text);
    if (leaked.find()) {
      int from = Math.max(0, leaked.start() - 60);
      int to = Math.min(text.length(), leaked.end() + 60);
      problems.add(
          where
              + ": shows \""
              + leaked.group()
              + "\": …"
              + text.substring(from, to).replace('\n', ' ')
              + "…");
    }
    for (LogEntry entry : browser.driver.manage().logs().get("browser")) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(where + ": console error: " + entry.getMessage());
      }
    }
    if (audited.add(kind + "@" + viewport)) {
      problems.addAll(axe(where));
    }
  }

  /** Every problem found on every page checked so far (empty: all passed). */
  List<String> problems() {
    return List.copyOf(problems);
  }

  int pagesChecked() {
    return pages;
  }

  /** Waits until the page has rendered: no "Loading…" placeholder and no busy region. */
  private void settle() {
    browser.wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && !/Loading…|Loading\\.\\.\\./.test(document.getElementById('main')?.innerText || '')"
                            + " && !document.querySelector('[aria-busy=true]')")));
  }

  @SuppressWarnings("unchecked")
  private List<String> axe(String where) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(AXE);
    }
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },"
                + "  resultTypes: ['violations'] })"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "  .map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                + "    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}))))"
                + ".catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));");
    List<String> found = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      found.add(
          where
              + ": axe "
              + v.get("impact")
              + " "
              + v.get("id")
              + " ("
              + v.get("help")
              + "): "
              + v.get("targets"));
    }
    return found;
  }

  private static String load() {
    try (InputStream in = PageGuard.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
