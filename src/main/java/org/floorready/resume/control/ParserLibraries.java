package org.floorready.resume.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The jars of the child parse JVMs (Tika and its parsers), unpacked once per version into a folder
 * of the data directory.
 *
 * <p>They travel as one archive with its SHA-256 beside it ({@value #ARCHIVE} at the root of the
 * uber jar, or of a jar added to Payara Micro's class path), not inside the WAR: unpacking their 56
 * MB cost every start about 4 s, while they are needed only from the first parse on. Each version
 * gets its own folder, named by the hash, so an upgrade brings its own jars; older versions are
 * removed then. A folder appears only complete (unpacked under a temporary name, checked against
 * the hash, then renamed), so a crash mid-unpack or several nodes sharing the data folder never see
 * half of it.
 */
public final class ParserLibraries {
  private static final System.Logger LOG = System.getLogger(ParserLibraries.class.getName());

  static final String ARCHIVE = "floorready/parser-libs.zip";
  static final String HASH = "floorready/parser-libs.sha256";

  private static final String UNPACKING = ".unpacking-";
  private static final Duration ABANDONED = Duration.ofHours(1);

  /** Where the archive's bytes come from. */
  @FunctionalInterface
  interface Archive {
    InputStream open() throws IOException;
  }

  private final Path root;

  public ParserLibraries(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The folder of jars of the archive that {@code loader} finds, unpacked on the first call. */
  public Path bundledWith(ClassLoader loader) {
    URL archive = loader.getResource(ARCHIVE);
    URL hash = loader.getResource(HASH);
    if (archive == null || hash == null) {
      throw unavailable(
          "No " + ARCHIVE + " on the class path: start FloorReady from target/floorready.jar");
    }
    try (InputStream in = hash.openStream()) {
      return unpacked(
          new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip(), archive::openStream);
    } catch (IOException e) {
      throw unavailable("cannot read " + hash, e);
    }
  }

  Path unpacked(String sha256, Archive archive) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    Path target = root.resolve(sha256.substring(0, 16));
    if (Files.isDirectory(target)) {
      return target;
    }
    Path temp = null;
    try {
      Files.createDirectories(root);
      temp = Files.createTempDirectory(root, UNPACKING);
      String actual = unzip(archive, temp);
      if (!actual.equals(sha256)) {
        throw unavailable(
            "The parser libraries are damaged: SHA-256 " + actual + ", expected " + sha256);
      }
      moveInto(temp, target);
      removeAllBut(target);
      return target;
    } catch (IOException e) {
      // not the document's fault: the parse queue keeps it for later (see QueuedDocumentParser)
      throw unavailable("cannot unpack the parser libraries into " + root, e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Unpacks the jars (a flat archive: no folders, nothing but jars) and answers the archive's
   * SHA-256.
   */
  private static String unzip(Archive archive, Path folder) throws IOException {
    MessageDigest sha = sha256();
    try (DigestInputStream raw = new DigestInputStream(archive.open(), sha);
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (entry.isDirectory()
            || !name.endsWith(".jar")
            || name.contains("/")
            || name.contains("\\")) {
          throw unavailable("unexpected entry in the parser libraries: " + name);
        }
        Files.copy(zip, folder.resolve(name));
      }
      raw.transferTo(
          OutputStream.nullOutputStream()); // the central directory counts for the hash too
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void moveInto(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
      // another node (or thread) unpacked the same version first: theirs is as good
    }
  }

  private void removeAllBut(Path current) throws IOException {
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (Stream<Path> folders = Files.list(root)) {
      folders
          .filter(folder -> !folder.equals(current))
          .filter(
              folder ->
                  !folder.getFileName().toString().startsWith(UNPACKING)
                      || olderThan(folder, abandoned))
          .forEach(ParserLibraries::deleteQuietly);
    }
  }

  private static boolean olderThan(Path folder, Instant instant) {
    try {
      return Files.getLastModifiedTime(folder).toInstant().isBefore(instant);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover folder costs disk space only; the next unpack tries again
    }
  }

  /** Logs what went wrong here; the caller is told only that reading resumes is unavailable. */
  private static ParserUnavailable unavailable(String why) {
    return unavailable(why, null);
  }

  private static ParserUnavailable unavailable(String why, Throwable cause) {
    SetupFailed failure = new SetupFailed(why, cause);
    LOG.log(System.Logger.Level.ERROR, "Resume reader unavailable", failure);
    return new ParserUnavailable(
        "The resume reader could not be set up; try again later.", failure);
  }

  /**
   * What went wrong setting up the parser libraries, for the log (the caller sees
   * ParserUnavailable).
   */
  static final class SetupFailed extends RuntimeException {
    SetupFailed(String why, Throwable cause) {
      super(why, cause);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
