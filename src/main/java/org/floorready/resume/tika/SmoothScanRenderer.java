package org.floorready.resume.tika;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.renderer.RenderResult;
import org.apache.tika.renderer.pdf.pdfbox.PDFBoxRenderer;
import org.apache.tika.renderer.pdf.pdfbox.PDFRenderingState;

/**
 * Tika's PDFBox page renderer for OCR, except that a page scanned at a lower resolution than OCR
 * asks for (a 110 dpi scan rendered for tesseract at 300 dpi) is enlarged smoothly. PDFBox enlarges
 * an image without the PDF's interpolate flag pixel by pixel (nearest neighbour, as the PDF
 * specification suggests for screen display); tesseract then reads the blocky letters worse — "Z."
 * as "#.", "IA" as "LA", an extra digit in a phone number. The page is rendered at the scan's own
 * resolution and enlarged bicubically to the asked one, as poppler's {@code pdftoppm} does.
 */
public final class SmoothScanRenderer extends PDFBoxRenderer {

  /** A scan within 5 % of the asked resolution is rendered as it is. */
  private static final float CLOSE_ENOUGH = 0.95f;

  private static final float PAGE_SHAPED = 0.03f;

  /** Below this an image is a thumbnail, not a page to read. */
  private static final float LEAST_SCAN_DPI = 50;

  @Override
  protected RenderResult renderPage(
      PDFRenderer renderer, int id, int pageIndex, Metadata metadata, ParseContext context)
      throws IOException {
    PDFRenderingState state = context.get(PDFRenderingState.class);
    Object container = state == null ? null : state.getTikaInputStream().getOpenContainer();
    PDFRenderer smooth =
        container instanceof PDDocument document ? new Enlarging(document, renderer) : renderer;
    return super.renderPage(smooth, id, pageIndex, metadata, context);
  }

  /**
   * The resolution of the page's scan — an image shaped like the page (within 3 %), without the
   * interpolate flag — in dots per inch, or 0 when the page has none (a logo is not a scan).
   */
  static float scanResolution(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    PDRectangle box = page.getCropBox();
    if (resources == null || box.getWidth() <= 0 || box.getHeight() <= 0) {
      return 0;
    }
    boolean turned = page.getRotation() % 180 != 0;
    float pageWidth = turned ? box.getHeight() : box.getWidth();
    float pageHeight = turned ? box.getWidth() : box.getHeight();
    float resolution = 0;
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject image
          && !image.getInterpolate()
          && image.getWidth() > 0
          && image.getHeight() > 0) {
        float shape = (image.getWidth() / (float) image.getHeight()) / (pageWidth / pageHeight);
        if (Math.abs(shape - 1) <= PAGE_SHAPED) {
          resolution = Math.max(resolution, image.getWidth() / (pageWidth / 72f));
        }
      }
    }
    return resolution >= LEAST_SCAN_DPI ? resolution : 0;
  }

  /** Renders through the given renderer, enlarging a low-resolution scan smoothly. */
  static final class Enlarging extends PDFRenderer {
    private final PDDocument document;
    private final PDFRenderer plain;

    Enlarging(PDDocument document, PDFRenderer plain) {
      super(document);
      this.document = document;
      this.plain = plain;
    }

    @Override
    public BufferedImage renderImageWithDPI(int pageIndex, float dpi, ImageType type)
        throws IOException {
      PDPage page = document.getPage(pageIndex);
      float scan = scanResolution(page);
      if (scan <= 0 || scan >= dpi * CLOSE_ENOUGH) {
        return plain.renderImageWithDPI(pageIndex, dpi, type);
      }
      BufferedImage low = plain.renderImageWithDPI(pageIndex, scan, type);
      PDRectangle box = page.getCropBox();
      boolean turned = page.getRotation() % 180 != 0;
      // the size PDFBox gives the page at that resolution
      float scale = dpi / 72f;
      int width =
          (int) Math.max(Math.floor((turned ? box.getHeight() : box.getWidth()) * scale), 1);
      int height =
          (int) Math.max(Math.floor((turned ? box.getWidth() : box.getHeight()) * scale), 1);
      int kind =
          low.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : low.getType();
      BufferedImage large = new BufferedImage(width, height, kind);
      Graphics2D graphics = large.createGraphics();
      try {
        graphics.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(low, 0, 0, width, height, null);
      } finally {
        graphics.dispose();
      }
      return large;
    }
  }
}
