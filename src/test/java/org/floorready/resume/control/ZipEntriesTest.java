package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipEntriesTest {

  private static List<String> read(byte[] zip) throws IOException {
    return ZipEntries.read(
        "batch.zip",
        new ByteArrayInputStream(zip),
        ZipEntriesTest::stored,
        (file, why) -> file + " FAILED " + why);
  }

  private static String stored(String file, InputStream in) {
    try {
      return file + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (String name : names) {
        out.putNextEntry(new ZipEntry(name));
        if (!name.endsWith("/")) {
          out.write(("text of " + name).repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void readsResumesAndSkipsFoldersAndSystemFiles() throws IOException {
    List<String> outcomes =
        read(
            zip(
                "resumes/",
                "resumes/a.pdf",
                "__MACOSX/resumes/._a.pdf",
                ".DS_Store",
                "b.docx",
                "inner.zip"));

    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(0)).startsWith("a.pdf text of resumes/a.pdf");
    assertThat(outcomes.get(1)).startsWith("b.docx text of b.docx");
    assertThat(outcomes.get(2))
        .isEqualTo("inner.zip FAILED Archives inside the archive are not accepted.");
  }

  @Test
  void moreThanFiveHundredFilesAreRefused() throws IOException {
    String[] names = new String[ZipEntries.MAX_ENTRIES + 1];
    Arrays.setAll(names, i -> "r" + i + ".txt");
    byte[] tooMany = zip(names);
    assertThatThrownBy(() -> read(tooMany)).isInstanceOf(ZipEntries.TooManyEntries.class);
  }

  @Test
  void aDamagedZipKeepsWhatWasReadAndSaysWhatHappened() throws IOException {
    byte[] whole = zip("a.txt", "b.txt", "c.txt");
    byte[] cut = Arrays.copyOf(whole, centralDirectory(whole) - 20); // in the last entry
    byte[] encrypted = whole.clone();
    encrypted[6] |= 1; // the first entry's "encrypted" flag

    List<String> truncated = read(cut);
    assertThat(truncated).last().asString().startsWith("batch.zip FAILED The zip file is damaged");
    assertThat(truncated).hasSize(3).first().asString().startsWith("a.txt text of a.txt");

    assertThat(read(encrypted))
        .containsExactly(
            "batch.zip FAILED The zip file is damaged or encrypted and could not be read.");
  }

  /** Where the central directory (the list of entries after their data) starts. */
  private static int centralDirectory(byte[] zip) {
    for (int i = 0; i < zip.length - 4; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        return i;
      }
    }
    throw new IllegalArgumentException("no central directory");
  }
}
