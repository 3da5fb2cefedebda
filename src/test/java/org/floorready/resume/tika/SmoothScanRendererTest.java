package org.floorready.resume.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class SmoothScanRendererTest {

  /** A page of US Letter with one image of the given pixels drawn over the given points. */
  private static PDPage page(
      PDDocument document, int pixelsWide, int pixelsHigh, float pointsWide, float pointsHigh)
      throws Exception {
    BufferedImage checks = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < pixelsWide; x++) {
      for (int y = 0; y < pixelsHigh; y++) {
        // one-pixel checkerboard: enlarged pixel by pixel it stays black and white
        checks.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 0 : 255);
      }
    }
    PDPage page = new PDPage(PDRectangle.LETTER);
    document.addPage(page);
    PDImageXObject image = LosslessFactory.createFromImage(document, checks);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawImage(image, 0, 792 - pointsHigh, pointsWide, pointsHigh);
    }
    return page;
  }

  @Test
  void aPageShapedImageIsAScanAtItsResolution() throws Exception {
    try (PDDocument document = new PDDocument()) {
      // 935 × 1210 pixels over 8.5 × 11 inches: 110 dpi
      assertThat(SmoothScanRenderer.scanResolution(page(document, 935, 1210, 612, 792)))
          .isEqualTo(110f);
      // a logo is not a scan, nor is a thumbnail
      assertThat(SmoothScanRenderer.scanResolution(page(document, 200, 50, 144, 36))).isZero();
      assertThat(SmoothScanRenderer.scanResolution(page(document, 85, 110, 612, 792))).isZero();
      // a page without images
      PDPage blank = new PDPage(PDRectangle.LETTER);
      document.addPage(blank);
      assertThat(SmoothScanRenderer.scanResolution(blank)).isZero();
    }
  }

  @Test
  void aLowResolutionScanIsEnlargedSmoothlyToTheAskedResolution() throws Exception {
    try (PDDocument document = new PDDocument()) {
      page(document, 850, 1100, 612, 792);
      PDFRenderer plain = new PDFRenderer(document);
      BufferedImage blocky = plain.renderImageWithDPI(0, 300, ImageType.GRAY);
      SmoothScanRenderer.Enlarging enlarging = new SmoothScanRenderer.Enlarging(document, plain);
      BufferedImage smooth = enlarging.renderImageWithDPI(0, 300, ImageType.GRAY);
      assertThat(smooth.getWidth()).isEqualTo(blocky.getWidth()).isEqualTo(2550);
      assertThat(smooth.getHeight()).isEqualTo(blocky.getHeight());
      // PDFBox enlarges pixel by pixel (black and white only); the renderer blends
      assertThat(grays(blocky)).hasSizeLessThanOrEqualTo(2);
      assertThat(grays(smooth)).hasSizeGreaterThan(10);
      // asked at the scan's own resolution, the page is rendered as it is
      assertThat(grays(enlarging.renderImageWithDPI(0, 100, ImageType.GRAY)))
          .hasSizeLessThanOrEqualTo(2);
    }
  }

  private static Set<Integer> grays(BufferedImage image) {
    Set<Integer> levels = new HashSet<>();
    for (int x = 0; x < 400; x++) {
      for (int y = 0; y < 400; y++) {
        levels.add(image.getRaster().getSample(x, y, 0));
      }
    }
    return levels;
  }
}
