package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.floorready.platform.Refusal;
import org.floorready.platform.database.ConcurrentUpdate;
import org.floorready.resume.boundary.Skills;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ParserUnavailable;
import org.floorready.resume.control.ProfileReader;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.control.StoredFileUnavailable;
import org.floorready.resume.control.TextExtraction;

/**
 * Parses one queued document on a background thread (which has no request of its own, hence the
 * activated request context): text in a child JVM outside any transaction, then the profile is
 * filed in a transaction of its own. Only an unavailable parser leaves the document queued for the
 * next run; a refusal fails it with the reason, and anything else (a defect) fails it with an error
 * id that the log has the details of, so a document is never read again and again.
 */
@ApplicationScoped
public class QueuedDocumentParser {
  private static final Logger LOG = Logger.getLogger(QueuedDocumentParser.class.getName());

  @Inject Intake intake;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject ProfileReader reader;
  @Inject Skills skills;

  @ActivateRequestContext
  public void parse(long id) {
    Optional<String> sha = intake.queuedSha(id);
    if (sha.isEmpty()) {
      return;
    }
    try {
      ExtractedText text = extraction.extract(storage.existing(sha.get()));
      fileWithRetry(id, text);
    } catch (ParserUnavailable notTheDocument) {
      // no parser process could be had: the document stays queued for the next run, nothing is lost
      LOG.warning(() -> "Parsing document " + id + " postponed: " + notTheDocument.getMessage());
    } catch (StoredFileUnavailable notOnThisNode) {
      // another node kept the file where this one cannot see it: queued for the next run, and said
      // loudly, for it is a deployment mistake (the data folder must be shared)
      LOG.severe(() -> "Parsing document " + id + " postponed: " + notOnThisNode.getMessage());
    } catch (Refusal refusal) {
      intake.failed(id, null, refusal.getMessage());
    } catch (RuntimeException defect) {
      String errorId = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Parsing document " + id + " failed, error id " + errorId, defect);
      intake.failed(
          id,
          null,
          "Could not be read because of an error on our side (error id " + errorId + ").");
    }
  }

  /**
   * Two documents of one person may be filed at once; the loser of that race simply files again.
   */
  private void fileWithRetry(long id, ExtractedText text) {
    skills.refreshIfChanged();
    var profile = reader.read(text);
    ConcurrentUpdate.retried(
        3,
        () -> {
          intake.parsed(id, text, profile);
          return null;
        });
  }
}
