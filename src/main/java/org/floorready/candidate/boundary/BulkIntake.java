package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.Refusal;
import org.floorready.platform.RequestTooLarge;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.control.TextExtraction;
import org.floorready.resume.control.ZipEntries;

/**
 * A recruiter's upload of resumes and zips of resumes: the target requisition is checked before any
 * file is stored; each file is stored (or refused with its reason) as it arrives, the batch is
 * recorded ({@link Uploads}) and written to disk before the recruiter is answered.
 */
@ApplicationScoped
public class BulkIntake {
  /**
   * Files (or zips) in one upload request; each zip holds up to {@value ZipEntries#MAX_ENTRIES}.
   */
  static final int MAX_PARTS = 500;

  @Inject Uploads uploads;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject DatabaseMigration database;

  @Inject
  @ConfigProperty(name = "floorready.uploads.max-unpacked-bytes")
  long maxUnpackedBytes;

  public Uploads.Progress upload(List<EntityPart> parts) {
    MultipartForm form =
        new MultipartForm(parts, Set.of("requisitionId", "sourceId"), Set.of("files"), MAX_PARTS);
    Long requisitionId =
        form.text("requisitionId")
            .filter(s -> !s.isBlank())
            .map(s -> number(s, "requisitionId", "must be a requisition id"))
            .orElse(null);
    Long sourceId =
        form.text("sourceId")
            .filter(s -> !s.isBlank())
            .map(s -> number(s, "sourceId", "must be a source id"))
            .orElse(null);
    uploads.checkTarget(requisitionId, sourceId);
    List<EntityPart> files = form.files("files");
    if (files.isEmpty()) {
      throw new InvalidInput("files", "choose at least one file");
    }
    Receiving receiving = new Receiving();
    long batch;
    try {
      for (EntityPart part : files) {
        String name = MultipartForm.fileName(part).orElse("resume");
        try (InputStream in = part.getContent()) {
          if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipEntries.read(name, in, receiving::take, receiving::refuse);
          } else {
            receiving.take(name, in);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      batch = uploads.receive(receiving.keepAccepted(), requisitionId, sourceId);
    } finally {
      receiving.discardStaged();
    }
    // answered only once the batch would survive a crash
    database.makeDurable();
    return uploads.progress(batch);
  }

  /**
   * The files of one upload request as they arrive: each is staged and checked; one that is no
   * resume is refused (and its file discarded) at once. The accepted ones are kept only when the
   * whole request was read: an upload refused as a whole (too many files, too much data) keeps
   * nothing.
   */
  private final class Receiving {
    private final List<Object> entries = new ArrayList<>();
    private long unpacked;

    private record Accepted(String fileName, ResumeStorage.StagedFile staged) {}

    Uploads.Received take(String fileName, InputStream in) {
      ResumeStorage.StagedFile staged;
      try {
        staged = storage.stage(in);
      } catch (Refusal refusal) {
        return refuse(fileName, refusal.getMessage());
      }
      unpacked += staged.size();
      if (unpacked > maxUnpackedBytes) {
        storage.discard(staged);
        throw new RequestTooLarge("What this upload holds, unpacked,", maxUnpackedBytes);
      }
      try {
        // a file that is no resume format fails at once, with its reason, instead of after queuing
        extraction.requireReadableType(staged.path());
      } catch (Refusal refusal) {
        storage.discard(staged);
        return refuse(fileName, refusal.getMessage());
      }
      entries.add(new Accepted(fileName, staged));
      return null;
    }

    Uploads.Received refuse(String fileName, String why) {
      Uploads.Received refused = new Uploads.Received(fileName, null, why);
      entries.add(refused);
      return refused;
    }

    List<Uploads.Received> keepAccepted() {
      List<Uploads.Received> received = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i) instanceof Accepted accepted) {
          received.add(
              new Uploads.Received(accepted.fileName(), storage.keep(accepted.staged()), null));
          entries.set(i, received.get(received.size() - 1));
        } else {
          received.add((Uploads.Received) entries.get(i));
        }
      }
      return received;
    }

    void discardStaged() {
      entries.stream()
          .filter(Accepted.class::isInstance)
          .map(e -> ((Accepted) e).staged())
          .forEach(storage::discard);
    }
  }

  private static Long number(String text, String field, String problem) {
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, problem);
    }
  }
}
