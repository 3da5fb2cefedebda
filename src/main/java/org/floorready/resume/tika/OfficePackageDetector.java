package org.floorready.resume.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.floorready.resume.control.OfficePackage;

/**
 * Names a ZIP-based document by its own manifest ({@link OfficePackage}). Listed beside Tika's
 * default detector, whose verdict is kept unless this one is more specific: a Word file whose
 * package POI cannot open is then still a Word file, not "some OOXML package".
 */
public class OfficePackageDetector implements Detector {

  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    TikaInputStream stream = TikaInputStream.cast(input);
    if (stream == null || !stream.hasFile() || !startsLikeZip(stream)) {
      return MediaType.OCTET_STREAM;
    }
    return OfficePackage.typeOf(stream.getPath())
        .map(MediaType::parse)
        .orElse(MediaType.OCTET_STREAM);
  }

  private static boolean startsLikeZip(InputStream stream) throws IOException {
    stream.mark(ZIP_SIGNATURE.length);
    try {
      return Arrays.equals(stream.readNBytes(ZIP_SIGNATURE.length), ZIP_SIGNATURE);
    } finally {
      stream.reset();
    }
  }
}
