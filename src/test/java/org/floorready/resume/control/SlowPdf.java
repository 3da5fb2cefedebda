package org.floorready.resume.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A valid, small PDF that keeps a parser busy: one page whose compressed content stream holds
 * millions of drawing operators and no text. Only a timeout stops it.
 */
final class SlowPdf {

  private static final byte[] OPERATOR = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);

  private SlowPdf() {}

  static void write(Path file, long operators) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      page.setContents(new PDStream(document, repeated(operators), COSName.FLATE_DECODE));
      document.save(file.toFile());
    }
  }

  private static InputStream repeated(long operators) {
    long total = operators * OPERATOR.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < total ? OPERATOR[(int) (position++ % OPERATOR.length)] : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= total) {
          return -1;
        }
        int count = (int) Math.min(length, total - position);
        for (int i = 0; i < count; i++) {
          buffer[offset + i] = OPERATOR[(int) ((position + i) % OPERATOR.length)];
        }
        position += count;
        return count;
      }
    };
  }
}
