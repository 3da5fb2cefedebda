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
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.Refusal;
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
  @Inject Uploads uploads;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject DatabaseMigration database;

  public Uploads.Progress upload(List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    Long requisitionId =
        form.text("requisitionId")
            .filter(s -> !s.isBlank())
            .map(BulkIntake::requisitionId)
            .orElse(null);
    uploads.checkTarget(requisitionId);
    List<EntityPart> files = form.files("files");
    if (files.isEmpty()) {
      throw new InvalidInput("files", "choose at least one file");
    }
    List<Uploads.Received> received = new ArrayList<>();
    for (EntityPart part : files) {
      String name = part.getFileName().orElse("resume");
      try (InputStream in = part.getContent()) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          received.addAll(
              ZipEntries.read(
                  name, in, this::store, (file, why) -> new Uploads.Received(file, null, why)));
        } else {
          received.add(store(name, in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    long batch = uploads.receive(received, requisitionId);
    // answered only once the batch would survive a crash
    database.makeDurable();
    return uploads.progress(batch);
  }

  private static Long requisitionId(String text) {
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("requisitionId", "must be a requisition id");
    }
  }

  private Uploads.Received store(String fileName, InputStream in) {
    try {
      ResumeStorage.StoredFile stored = storage.store(in);
      // a file that is no resume format fails at once, with its reason, instead of after queuing
      extraction.requireReadableType(stored.path());
      return new Uploads.Received(fileName, stored, null);
    } catch (Refusal refusal) {
      return new Uploads.Received(fileName, null, refusal.getMessage());
    }
  }
}
