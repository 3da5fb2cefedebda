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
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded originals on disk under the data folder, named by their SHA-256, so the same file
 * uploaded twice is stored once. The size limit is enforced while reading, never after.
 */
@ApplicationScoped
public class ResumeStorage {
  /** A stored original. */
  public record StoredFile(String sha256, long size, Path path) {}

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
      Files.createDirectories(folder);
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

  public StoredFile store(InputStream in) {
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = copyLimited(new DigestInputStream(in, sha), temp);
      String hash = HexFormat.of().formatHex(sha.digest());
      Path target = folder.resolve(hash);
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new StoredFile(hash, size, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the upload", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** Keeps the upload only while {@code work} runs on it (parse-only requests store nothing). */
  public <T> T withTemporaryCopy(InputStream in, java.util.function.Function<Path, T> work) {
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "parse-", ".tmp");
      copyLimited(in, temp);
      return work.apply(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the upload", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return folder.resolve(sha256);
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

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a leftover .part file is harmless and cleaned on the next failure of the same kind
      }
    }
  }
}
