package org.floorready.resume.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/**
 * Reads a zip of resumes entry by entry without unpacking it to disk first: at most {@value
 * #MAX_ENTRIES} files, no archives inside the archive, every entry under the size limit (enforced
 * while reading by the consumer), folders and system files skipped.
 */
public final class ZipEntries {
  public static final int MAX_ENTRIES = 500;

  private ZipEntries() {}

  /** Too many files in one archive (422). */
  @ProblemType(
      value = "too-many-files-in-archive",
      status = 422,
      title = "Too many files in the archive")
  public static class TooManyEntries extends Refusal {
    TooManyEntries() {
      super("A zip may hold at most " + MAX_ENTRIES + " resumes; split it into smaller ones.");
    }
  }

  /**
   * @param archive the zip's own name, for the outcome that reports a damaged archive
   * @param refused makes the outcome of an entry (or of the archive) that is not read, with the
   *     reason
   */
  public static <T> List<T> read(
      String archive,
      InputStream zip,
      BiFunction<String, InputStream, T> perEntry,
      BiFunction<String, String, T> refused)
      throws IOException {
    List<T> results = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(zip)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName();
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (entry.isDirectory()
            || name.startsWith("__MACOSX/")
            || fileName.startsWith(".")
            || fileName.isEmpty()) {
          continue;
        }
        if (results.size() >= MAX_ENTRIES) {
          throw new TooManyEntries();
        }
        if (fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(zip|rar|7z|tar|gz|tgz)$")) {
          results.add(refused.apply(fileName, "Archives inside the archive are not accepted."));
          continue;
        }
        results.add(
            perEntry.apply(
                fileName,
                new FilterInputStream(in) {
                  @Override
                  public void close() {
                    // the entry ends here; the archive stays open for the next one
                  }
                }));
      }
    } catch (IOException | UncheckedIOException e) {
      // a damaged or encrypted archive: what was read so far stays, the rest is reported, not lost
      // silently
      results.add(
          refused.apply(
              archive,
              results.isEmpty()
                  ? "The zip file is damaged or encrypted and could not be read."
                  : "The zip file is damaged or encrypted: only the "
                      + results.size()
                      + " file(s) before the damage were read."));
    }
    return results;
  }
}
