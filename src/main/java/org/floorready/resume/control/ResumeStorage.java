package org.floorready.resume.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded originals on disk under the data folder, named by their SHA-256, so the same file
 * uploaded twice is stored once. A file arrives in a staging folder first ({@link #stage}, the size
 * limit enforced while reading), is checked there, and only an accepted one is kept ({@link
 * #keep}); a refused one is discarded at once. What no record points to any more (a request that
 * failed after keeping its files) is removed by the cleanup job through {@link #keptBefore} and
 * {@link #remove}.
 */
@ApplicationScoped
public class ResumeStorage {
  /** A stored original. */
  public record StoredFile(String sha256, long size, Path path) {}

  /** A file received and hashed, not kept yet. */
  public record StagedFile(String sha256, long size, Path path) {}

  private static final String STAGING = "incoming";

  @Inject
  @ConfigProperty(name = "floorready.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "floorready.resumes.max-bytes")
  long maxBytes;

  private Path folder;

  @PostConstruct
  void init() {
    folder = Path.of(dataDir).toAbsolutePath().normalize().resolve("resumes");
    try {
      Files.createDirectories(folder.resolve(STAGING));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder, e);
    }
  }

  public Path folder() {
    return folder;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads a file into the staging folder (never more than the size limit) and hashes it. */
  public StagedFile stage(InputStream in) {
    Path temp = null;
    try {
      temp = Files.createTempFile(folder.resolve(STAGING), "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = copyLimited(new DigestInputStream(in, sha), temp);
      return new StagedFile(HexFormat.of().formatHex(sha.digest()), size, temp);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("Could not store the upload", e);
    } catch (NoSuchAlgorithmException e) {
      deleteQuietly(temp);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /** Keeps a staged file under its hash (once: the same content kept earlier stays as it is). */
  public StoredFile keep(StagedFile staged) {
    Path target = folder.resolve(staged.sha256());
    try {
      Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.exists(target)) {
        throw new UncheckedIOException("Could not keep the upload", e);
      }
      // kept before: it counts as new again, so the cleanup job does not take it before its record
      // exists
      deleteQuietly(staged.path());
      touch(target);
    }
    return new StoredFile(staged.sha256(), staged.size(), target);
  }

  public void discard(StagedFile staged) {
    deleteQuietly(staged.path());
  }

  public void discard(List<StagedFile> staged) {
    staged.forEach(this::discard);
  }

  /** Keeps the upload only while {@code work} runs on it (parse-only requests store nothing). */
  public <T> T withTemporaryCopy(InputStream in, Function<Path, T> work) {
    StagedFile staged = stage(in);
    try {
      return work.apply(staged.path());
    } finally {
      discard(staged);
    }
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return folder.resolve(sha256);
  }

  /**
   * The stored original, which must be in this node's data folder: when another node stored it and
   * this one cannot see it (the data folder is not shared, or the network volume lags), {@link
   * StoredFileUnavailable} says so and the caller may retry; nothing is lost.
   */
  public Path existing(String sha256) {
    Path path = path(sha256);
    if (!Files.isRegularFile(path)) {
      throw new StoredFileUnavailable(
          "The stored file "
              + sha256.substring(0, 12)
              + "… is not in this server's data folder ("
              + folder
              + "). Every FloorReady node must share one data folder; try again in a moment.");
    }
    return path;
  }

  /**
   * The hashes of the originals kept before {@code instant} (older ones only: newer may still be
   * filed).
   */
  public List<String> keptBefore(Instant instant) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}"))
          .filter(f -> modifiedBefore(f, instant))
          .map(f -> f.getFileName().toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  public void remove(String sha256) {
    deleteQuietly(path(sha256));
  }

  /**
   * Removes staged files of requests that never finished (a crash, a killed node); answers how
   * many.
   */
  public int forgetStagedBefore(Instant instant) {
    try (Stream<Path> files = Files.list(folder.resolve(STAGING))) {
      List<Path> old = files.filter(f -> modifiedBefore(f, instant)).toList();
      old.forEach(ResumeStorage::deleteQuietly);
      return old.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the staging folder", e);
    }
  }

  private long copyLimited(InputStream in, Path target) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        total += read;
        if (total > maxBytes) {
          throw new DocumentTooLarge(total, maxBytes);
        }
        out.write(buffer, 0, read);
      }
    }
    return total;
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the upload", e);
    }
  }

  private static boolean modifiedBefore(Path file, Instant instant) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
    } catch (IOException gone) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover file is removed by the cleanup job
      }
    }
  }
}
