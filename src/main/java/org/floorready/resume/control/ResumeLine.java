package org.floorready.resume.control;

/**
 * One line of resume text. {@code bulleted} lines began with a list marker; {@code tabbed} lines
 * began with a tab, which is how Tika renders list items and table cells of Word and HTML files;
 * {@code afterBlank} lines followed an empty line.
 */
record ResumeLine(String text, boolean bulleted, boolean tabbed, boolean afterBlank) {

  ResumeLine(String text, boolean bulleted, boolean tabbed) {
    this(text, bulleted, tabbed, false);
  }

  boolean marked() {
    return bulleted || tabbed;
  }

  ResumeLine withText(String newText) {
    return new ResumeLine(newText, bulleted, tabbed, afterBlank);
  }
}
