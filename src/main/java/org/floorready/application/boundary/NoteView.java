package org.floorready.application.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.floorready.application.entity.Note;

/**
 * A note as the API shows it: the author and the people mentioned by email and by name (in the same
 * order).
 */
public record NoteView(
    long id,
    long candidateId,
    Long applicationId,
    String author,
    String authorName,
    String body,
    List<String> mentions,
    List<String> mentionNames,
    Instant createdAt) {
  static NoteView of(Note n, Function<String, String> names) {
    return new NoteView(
        n.id(),
        n.candidateId(),
        n.applicationId(),
        n.author(),
        names.apply(n.author()),
        n.body(),
        n.mentions(),
        n.mentions().stream().map(names).toList(),
        n.createdAt());
  }

  /** A new note on a person; {@code applicationId} ties it to one of the person's applications. */
  public record NewNote(
      @NotNull Long candidateId, @NotBlank @Size(max = 4000) String body, Long applicationId) {
    public NewNote(Long candidateId, String body, Long applicationId) {
      this.candidateId = candidateId;
      this.body = body;
      this.applicationId = applicationId;
    }
  }
}
