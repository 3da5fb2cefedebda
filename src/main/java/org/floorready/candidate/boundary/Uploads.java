package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.candidate.entity.UploadBatch;
import org.floorready.candidate.entity.UploadTally;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/** Recruiters' bulk uploads: stored first, parsed in the background, progress per file. */
@ApplicationScoped
@Transactional
public class Uploads {
  @PersistenceContext EntityManager em;
  @Inject Intake intake;
  @Inject Caller caller;
  @Inject Sources sources;
  @Inject AuditTrail audit;
  @Inject RequisitionLookup requisitions;

  /** One file of an upload as the recruiter sees it. */
  public record FileStatus(
      Long documentId,
      String fileName,
      String status,
      String outcome,
      String error,
      Long candidateId,
      String candidateName) {}

  /** A batch and its progress. */
  public record Progress(
      long batchId,
      Long requisitionId,
      int total,
      int done,
      int failed,
      Instant createdAt,
      List<FileStatus> files) {}

  /**
   * A past upload: when, who, into which requisition (none: the talent pool), and what became of
   * its files.
   */
  public record BatchSummary(
      long id,
      Instant createdAt,
      String createdBy,
      String createdByName,
      Long requisitionId,
      String requisitionTitle,
      int files,
      UploadTally counts,
      String state) {}

  /** A file as received: stored, or refused before storing (too large, nested archive …). */
  public record Received(String fileName, ResumeStorage.StoredFile stored, String refusal) {}

  /**
   * The requisition an upload goes into must be one the caller sees (404 otherwise); null: the
   * talent pool.
   */
  public void checkTarget(Long requisitionId, Long sourceId) {
    if (requisitionId != null) {
      requisitions.visible(requisitionId, caller.user());
    }
    sources.active(sourceId, "sourceId");
  }

  public long receive(List<Received> files, Long requisitionId, Long sourceId) {
    checkTarget(requisitionId, sourceId);
    if (files.isEmpty()) {
      throw new InvalidInput("files", "choose at least one file");
    }
    UploadBatch batch = new UploadBatch(caller.name(), requisitionId, sourceId, Instant.now());
    em.persist(batch);
    em.flush();
    for (Received file : files) {
      if (file.stored() != null) {
        intake.queue(
            file.stored(), file.fileName(), caller.name(), batch.id(), requisitionId, null);
      } else {
        ResumeDocument refused =
            new ResumeDocument(
                "0".repeat(64),
                file.fileName(),
                0,
                caller.name(),
                batch.id(),
                requisitionId,
                null,
                Instant.now());
        refused.failed(null, file.refusal(), Instant.now());
        em.persist(refused);
      }
    }
    batch.counted(files.size());
    audit.created(batch);
    return batch.id();
  }

  /**
   * Newest first; {@code mine} keeps the caller's own. Counts come from one grouped query for the
   * whole page.
   */
  public Page<BatchSummary> list(Long requisitionId, boolean mine, PageRequest request) {
    Page<UploadBatch> page =
        ListQuery.of(UploadBatch.class, "b")
            .where("b.requisitionId = :requisitionId", "requisitionId", requisitionId)
            .where("b.createdBy = :me", "me", mine ? caller.name() : null)
            .sortable("createdAt", "b.createdAt")
            .defaultSort("-createdAt")
            .page(em, request);
    if (page.items().isEmpty()) {
      return Page.of(List.of(), request, page.totalItems());
    }
    Map<Long, UploadTally> tallies = new HashMap<>();
    em.createNamedQuery(ResumeDocument.OUTCOMES_BY_BATCH, Object[].class)
        .setParameter("batches", page.items().stream().map(UploadBatch::id).toList())
        .getResultList()
        .forEach(
            row ->
                tallies.compute(
                    (Long) row[0],
                    (id, tally) ->
                        (tally == null ? UploadTally.none() : tally)
                            .plus((ResumeDocument.Outcome) row[1], (Long) row[2])));
    Map<Object, String> names =
        pairs(
            "select u.email, u.displayName from AppUser u where u.email in :keys",
            page.items().stream().map(UploadBatch::createdBy).distinct().toList());
    Map<Object, String> titles =
        pairs(
            "select r.id, r.title from Requisition r where r.id in :keys",
            page.items().stream()
                .map(UploadBatch::requisitionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return page.map(
        b -> {
          UploadTally tally = tallies.getOrDefault(b.id(), UploadTally.none());
          return new BatchSummary(
              b.id(),
              b.createdAt(),
              b.createdBy(),
              names.get(b.createdBy()),
              b.requisitionId(),
              titles.get(b.requisitionId()),
              b.total(),
              tally,
              tally.running() ? "RUNNING" : "DONE");
        });
  }

  private Map<Object, String> pairs(String jpql, List<?> keys) {
    Map<Object, String> values = new HashMap<>();
    if (!keys.isEmpty()) {
      em.createQuery(jpql, Object[].class)
          .setParameter("keys", keys)
          .getResultList()
          .forEach(row -> values.put(row[0], (String) row[1]));
    }
    return values;
  }

  public Progress progress(long batchId) {
    UploadBatch batch = em.find(UploadBatch.class, batchId);
    if (batch == null) {
      throw new NotFoundException("No upload " + batchId + ".");
    }
    List<ResumeDocument> documents =
        em.createQuery(
                "select d from ResumeDocument d where d.batchId = :b order by d.id",
                ResumeDocument.class)
            .setParameter("b", batchId)
            .getResultList();
    List<FileStatus> files =
        documents.stream()
            .map(
                d ->
                    new FileStatus(
                        d.id(),
                        d.fileName(),
                        d.status().name(),
                        d.outcome() == null ? null : d.outcome().name(),
                        d.error(),
                        d.candidate() == null ? null : d.candidate().id(),
                        d.candidate() == null ? null : d.candidate().fullName()))
            .toList();
    int done = (int) documents.stream().filter(d -> !d.isQueued()).count();
    int failed =
        (int) documents.stream().filter(d -> d.status() == ResumeDocument.Status.FAILED).count();
    return new Progress(
        batch.id(), batch.requisitionId(), batch.total(), done, failed, batch.createdAt(), files);
  }
}
