package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.floorready.candidate.control.ExtractedText;
import org.floorready.candidate.control.ExtractorUnavailable;
import org.floorready.candidate.control.ProfileReader;
import org.floorready.candidate.control.ResumeStorage;
import org.floorready.candidate.control.TextExtraction;
import org.floorready.platform.Refusal;

/**
 * Parses one queued document on a background thread (which has no request of its own, hence the
 * activated request context): text in a child JVM outside any transaction, then the profile is
 * filed in a transaction of its own.
 */
@ApplicationScoped
public class QueuedDocumentParser {
  private static final Logger LOG = Logger.getLogger(QueuedDocumentParser.class.getName());

  @Inject Intake intake;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject ProfileReader reader;
  @Inject Skills skills;

  /** Two documents of one person may be filed at once; the loser of that race simply files again. */
  private void fileWithRetry(long id, ExtractedText text) {
    skills.refreshIfChanged();
    var profile = reader.read(text);
    for (int attempt = 1; ; attempt++) {
      try {
        intake.parsed(id, text, profile);
        return;
      } catch (RuntimeException e) {
        if (attempt >= 3 || !concurrentUpdate(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean concurrentUpdate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  @ActivateRequestContext
  public void parse(long id) {
    Optional<String> sha = intake.queuedSha(id);
    if (sha.isEmpty()) {
      return;
    }
    try {
      ExtractedText text = extraction.extract(storage.path(sha.get()));
      fileWithRetry(id, text);
    } catch (ExtractorUnavailable | IllegalStateException notTheDocument) {
      // no parser process could be had: the document stays queued for the next run, nothing is lost
      LOG.warning(() -> "Parsing document " + id + " postponed: " + notTheDocument.getMessage());
    } catch (Refusal refusal) {
      intake.failed(id, null, refusal.getMessage());
    } catch (RuntimeException e) {
      LOG.warning(() -> "Parsing document " + id + " failed: " + e);
      intake.failed(id, null, "Could not be read: " + e.getClass().getSimpleName());
    }
  }
}
