package org.floorready.candidate.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses queued documents in the background. The queue is the documents' QUEUED status itself, so a
 * server that dies mid-parse leaves them queued and the next start parses them. Text extraction
 * runs outside any transaction (it can take up to the parse timeout).
 */
@ApplicationScoped
public class ParseQueue {
  private static final Logger LOG = Logger.getLogger(ParseQueue.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject Intake intake;
  @Inject QueuedDocumentParser parser;

  @Inject
  @ConfigProperty(name = "floorready.resumes.queue-poll-seconds")
  int pollSeconds;

  @Produces
  Task<Void> parseTask() {
    return Tasks.recurring("resume-parse-queue", FixedDelay.ofSeconds(pollSeconds))
        .execute((instance, context) -> drain(() -> context.getSchedulerState().isShuttingDown()));
  }

  /**
   * Parses everything queued, as many at a time as there are parser processes; stops early when a
   * round left the queue as it was (parsers unavailable), to try again at the next run, and after
   * the round under way when the node is stopping (the rest stays queued for another node: a
   * document counts as parsed only once its profile is filed, so nothing is lost or filed twice).
   */
  public void drain(BooleanSupplier stopping) {
    List<Long> ids;
    List<Long> previous = List.of();
    while (!stopping.getAsBoolean()
        && !(ids = intake.queuedIds(20)).isEmpty()
        && !ids.equals(previous)) {
      previous = ids;
      List<Callable<Void>> work =
          ids.stream()
              .<Callable<Void>>map(
                  id ->
                      () -> {
                        parser.parse(id);
                        return null;
                      })
              .toList();
      try {
        for (Future<Void> done : executor.invokeAll(work)) {
          done.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        LOG.warning(() -> "Parse queue: " + e.getCause());
      }
    }
  }
}
