package org.floorready.candidate.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.resume.control.ResumeStorage;

/**
 * Removes stored files that no document (nor another feature's record, see {@link
 * StoredFileReferences}) points to: staged files of requests that never finished, and kept
 * originals whose request failed after keeping them or whose documents were erased. Only files
 * older than {@code floorready.resumes.cleanup-grace-minutes} are looked at, so a file whose record
 * is being written right now (on this node or another sharing the folder) is left alone. Runs
 * hourly on one node at a time (db-scheduler).
 */
@ApplicationScoped
public class StorageCleanup {
  private static final Logger LOG = Logger.getLogger(StorageCleanup.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ResumeStorage storage;

  @Inject @jakarta.enterprise.inject.Any
  jakarta.enterprise.inject.Instance<StoredFileReferences> otherReferences;

  @Inject
  @ConfigProperty(name = "floorready.resumes.cleanup-grace-minutes")
  int graceMinutes;

  /** What one run removed. */
  public record Result(int staged, int unreferenced) {}

  @Produces
  Task<Void> cleanupTask() {
    return Tasks.recurring("resume-storage-cleanup", FixedDelay.ofHours(1))
        .execute((instance, context) -> cleanUp(Instant.now()));
  }

  @ActivateRequestContext
  @Transactional
  public Result cleanUp(Instant now) {
    Instant before = now.minus(Duration.ofMinutes(graceMinutes));
    int staged = storage.forgetStagedBefore(before);
    List<String> candidates = storage.keptBefore(before);
    Set<String> referenced = new HashSet<>();
    for (int from = 0; from < candidates.size(); from += 500) {
      List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + 500));
      referenced.addAll(
          em.createQuery(
                  "select distinct d.sha256 from ResumeDocument d where d.sha256 in :hashes",
                  String.class)
              .setParameter("hashes", chunk)
              .getResultList());
      for (StoredFileReferences other : otherReferences) {
        referenced.addAll(other.referenced(chunk));
      }
    }
    int removed = 0;
    for (String sha : candidates) {
      if (!referenced.contains(sha)) {
        storage.remove(sha);
        removed++;
      }
    }
    Result result = new Result(staged, removed);
    if (staged + removed > 0) {
      LOG.info(() -> "Storage cleanup removed " + result);
    }
    return result;
  }
}
