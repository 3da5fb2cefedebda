package org.floorready.offer.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An offer letter as a PDF (Apache PDFBox): the title, then the text wrapped to the page, on as
 * many US Letter pages as it needs. The standard Helvetica font covers Latin-1; other characters
 * (an emoji in a name, say) print as "?" rather than failing the offer.
 */
public final class LetterPdf {
  private static final float MARGIN = 72;
  private static final float SIZE = 11;
  private static final float LEADING = 15;

  private LetterPdf() {}

  public static byte[] render(String title, String text) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(printable(title));
      info.setCreator("FloorReady");
      float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\\R", -1)) {
        lines.addAll(wrap(printable(paragraph), regular, width));
      }
      PDPage page = null;
      PDPageContentStream content = null;
      float y = 0;
      boolean first = true;
      for (String line : lines) {
        if (content == null || y < MARGIN) {
          if (content != null) {
            content.endText();
            content.close();
          }
          page = new PDPage(PDRectangle.LETTER);
          pdf.addPage(page);
          content = new PDPageContentStream(pdf, page);
          content.beginText();
          y = PDRectangle.LETTER.getHeight() - MARGIN;
          content.newLineAtOffset(MARGIN, y);
          if (first) {
            content.setFont(bold, 14);
            content.showText(printable(title));
            content.newLineAtOffset(0, -2 * LEADING);
            y -= 2 * LEADING;
            first = false;
          }
          content.setFont(regular, SIZE);
        }
        content.showText(line);
        content.newLineAtOffset(0, -LEADING);
        y -= LEADING;
      }
      if (content == null) {
        page = new PDPage(PDRectangle.LETTER);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        content.beginText();
        content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
        content.setFont(bold, 14);
        content.showText(printable(title));
      }
      content.endText();
      content.close();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the offer letter", e);
    }
  }

  private static List<String> wrap(String paragraph, PDType1Font font, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * SIZE > width && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** Characters Helvetica (WinAnsi) cannot show become "?"; tabs become spaces. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.replace('\t', ' ')
        .codePoints()
        .forEach(
            c -> {
              boolean latin1 = c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff;
              boolean common = "€‘’“”–—•…".indexOf(c) >= 0;
              out.append(latin1 || common ? Character.toString(c) : "?");
            });
    return out.toString();
  }
}
