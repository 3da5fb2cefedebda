package org.floorready.candidate.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ParserUnavailable;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.control.StoredFileUnavailable;
import org.floorready.resume.control.TextExtraction;
import org.floorready.resume.control.UnreadableResume;
import org.junit.jupiter.api.Test;

/** What becomes of a queued document when reading it goes wrong in each of the three ways. */
class QueuedDocumentParserTest {

  /** The queue as the parser sees it: one queued document, and what it was marked as. */
  static final class QueueOfOne extends Intake {
    final List<String> failures = new ArrayList<>();
    boolean queued = true;

    @Override
    public Optional<String> queuedSha(long documentId) {
      return queued ? Optional.of("a".repeat(64)) : Optional.empty();
    }

    @Override
    public void failed(long documentId, String mediaType, String reason) {
      failures.add(reason);
      queued = false;
    }
  }

  private static QueueOfOne parseWith(Supplier<RuntimeException> extraction) {
    return parseWith(extraction, true);
  }

  private static QueueOfOne parseWith(
      Supplier<RuntimeException> extraction, boolean fileOnThisNode) {
    QueuedDocumentParser parser = new QueuedDocumentParser();
    QueueOfOne queue = new QueueOfOne();
    parser.intake = queue;
    parser.storage =
        new ResumeStorage() {
          @Override
          public Path existing(String sha256) {
            if (!fileOnThisNode) {
              throw new StoredFileUnavailable("not in this node's data folder");
            }
            return Path.of("/nowhere", sha256);
          }
        };
    parser.extraction =
        new TextExtraction() {
          @Override
          public ExtractedText extract(Path file) {
            throw extraction.get();
          }
        };
    parser.parse(1);
    return queue;
  }

  @Test
  void aDefectInReadingFailsTheDocumentWithAnErrorIdSoItIsNotReadAgainAndAgain() {
    QueueOfOne queue = parseWith(() -> new IllegalStateException("a bug in extraction"));

    assertThat(queue.queued).isFalse();
    assertThat(queue.failures)
        .singleElement()
        .asString()
        .contains("error id ")
        .doesNotContain("a bug in extraction");
  }

  @Test
  void anUnavailableParserLeavesTheDocumentQueuedForTheNextRun() {
    QueueOfOne queue = parseWith(() -> new ParserUnavailable("All resume readers stayed busy."));

    assertThat(queue.queued).isTrue();
    assertThat(queue.failures).isEmpty();
  }

  @Test
  void aFileThisNodeCannotSeeLeavesTheDocumentQueuedForAnotherRun() {
    QueueOfOne queue =
        parseWith(() -> new IllegalStateException("never read: the file is not here"), false);

    assertThat(queue.queued).isTrue();
    assertThat(queue.failures).isEmpty();
  }

  @Test
  void aRefusalFailsTheDocumentWithItsReason() {
    QueueOfOne queue =
        parseWith(() -> new UnreadableResume(UnreadableResume.Reason.PASSWORD_PROTECTED));

    assertThat(queue.queued).isFalse();
    assertThat(queue.failures).containsExactly(UnreadableResume.Reason.PASSWORD_PROTECTED.detail());
  }
}
