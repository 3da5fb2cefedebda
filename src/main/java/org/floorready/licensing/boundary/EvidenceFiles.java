package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.candidate.boundary.StoredFileReferences;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.Evidence;
import org.floorready.licensing.entity.EvidenceType;
import org.floorready.licensing.entity.Licensee;
import org.floorready.platform.InvalidInput;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.training.boundary.TrainingRecords;
import org.floorready.training.entity.NewHire;

/**
 * Evidence of a step or a certification: a PDF, PNG or JPEG (checked by its first bytes, within the
 * resume size limit), kept in the resume storage under its hash like a resume; uploaded by the
 * person's trainers, read by whoever sees the person. The storage cleanup asks before removing a
 * file evidence points to.
 */
@ApplicationScoped
@Transactional
public class EvidenceFiles implements StoredFileReferences {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;
  @Inject ResumeStorage storage;
  @Inject Journeys journeys;

  /** A file kept for the person. */
  public record EvidenceView(
      long id, String item, String fileName, long size, String uploadedBy, Instant uploadedAt) {
    static EvidenceView of(Evidence e) {
      return new EvidenceView(
          e.id(), e.item(), e.fileName(), e.sizeBytes(), e.uploadedBy(), e.uploadedAt());
    }
  }

  /** A kept file to send back. */
  public record Download(String fileName, String contentType, Path path) {}

  public LicensingView upload(long newHireId, String item, String fileName, InputStream content) {
    NewHire n = records.taughtHire(newHireId, caller.user());
    Licensee who = journeys.open(n);
    String what = item(who, item);
    ResumeStorage.StagedFile staged = storage.stage(content);
    String type;
    try {
      type = type(staged.path());
    } catch (RuntimeException e) {
      storage.discard(staged);
      throw e;
    }
    ResumeStorage.StoredFile kept = storage.keep(staged);
    Map<String, Object> before = who.auditState();
    em.persist(
        new Evidence(
            who,
            what,
            fileName == null || fileName.isBlank() ? "evidence" : fileName.strip(),
            type,
            kept.size(),
            kept.sha256(),
            caller.user().email(),
            Instant.now()));
    em.flush();
    audit.updated(who, before, "Evidence for " + what + " uploaded: " + fileName);
    return journeys.view(newHireId);
  }

  public Download download(long newHireId, long evidenceId) {
    NewHire n = records.seen(newHireId, caller.user());
    Evidence e = em.find(Evidence.class, evidenceId);
    if (e == null || !e.licensee().newHire().id().equals(n.id())) {
      throw new NotFoundException("No evidence " + evidenceId + " for this person.");
    }
    return new Download(e.fileName(), e.contentType(), storage.existing(e.sha256()));
  }

  List<EvidenceView> of(Licensee who) {
    return em
        .createQuery(
            "select e from Evidence e where e.licensee = :w order by e.uploadedAt, e.id",
            Evidence.class)
        .setParameter("w", who)
        .getResultList()
        .stream()
        .map(EvidenceView::of)
        .toList();
  }

  @Override
  public Set<String> referenced(List<String> hashes) {
    if (hashes.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct e.sha256 from Evidence e where e.sha256 in :h", String.class)
            .setParameter("h", hashes)
            .getResultList());
  }

  /** "TX:LICENSE" for a step of a state in the journey, "certification:7" for a certification. */
  private String item(Licensee who, String item) {
    String text = item == null ? "" : item.strip();
    if (text.startsWith("certification:")) {
      try {
        long id = Long.parseLong(text.substring("certification:".length()));
        if (em.find(Certification.class, id) != null) {
          return "certification:" + id;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new InvalidInput("item", "is not a certification of the catalog");
    }
    String[] parts = text.split(":");
    if (parts.length == 2) {
      String state = parts[0].toUpperCase(java.util.Locale.ROOT);
      boolean inJourney =
          em.createQuery(
                      "select count(l) from StateLicense l where l.licensee = :w and l.state = :s",
                      Long.class)
                  .setParameter("w", who)
                  .setParameter("s", state)
                  .getSingleResult()
              > 0;
      try {
        Journey.Step step = Journey.Step.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
        if (inJourney) {
          return state + ":" + step.name();
        }
      } catch (IllegalArgumentException e) {
        // said below
      }
    }
    throw new InvalidInput(
        "item", "must name a state of the journey and a step (TX:LICENSE) or certification:ID");
  }

  /** The type from the first bytes: PDF, PNG or JPEG, nothing else. */
  private static String type(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (starts(head, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    if (starts(head, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (starts(head, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    throw new EvidenceType(
        "Evidence is kept as PDF, PNG or JPEG; this file is none of them (scan or print it to PDF).");
  }

  private static boolean starts(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
