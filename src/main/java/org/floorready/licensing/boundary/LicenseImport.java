package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.licensing.control.LicenseRecordsCsv;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.platform.InvalidInput;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.control.TrainingAccess;

/**
 * License records in bulk: each row matched to a person by NPN and recorded as their verified
 * license in that state (the state added to their journey if needed). A preview says what each row
 * would do and changes nothing; an import does it for the good rows and says, per row, what
 * happened. A trainer's import reaches the people they teach only.
 */
@ApplicationScoped
@Transactional
public class LicenseImport {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject LicensingData data;
  @Inject Journeys journeys;

  /** What became of a row. */
  public enum ImportOutcome {
    RECORDED,
    WOULD_RECORD,
    UNCHANGED,
    NO_PERSON,
    INACTIVE,
    INVALID
  }

  /** One row's outcome. */
  public record LicenseRowOutcome(
      long line, String npn, String state, Long newHireId, ImportOutcome outcome, String message) {}

  /** Every row's outcome, and the counts. */
  public record LicenseImportResult(
      boolean preview, Map<ImportOutcome, Long> counts, List<LicenseRowOutcome> rows) {}

  private static LicenseRowOutcome outcome(
      LicenseRecordsCsv.Row row, Long newHireId, ImportOutcome outcome, String message) {
    return new LicenseRowOutcome(row.line(), row.npn(), row.state(), newHireId, outcome, message);
  }

  public LicenseImportResult run(String csv, boolean preview) {
    LicenseRecordsCsv.Read read = LicenseRecordsCsv.read(csv);
    if (read.problem() != null) {
      throw new InvalidInput("body", read.problem());
    }
    AppUser me = caller.user();
    LicensingData.Reference reference = data.reference();
    List<LicenseRowOutcome> rows = new ArrayList<>();
    Map<Long, Licensee> touched = new LinkedHashMap<>();
    for (LicenseRecordsCsv.Row row : read.rows()) {
      if (row.problem() != null) {
        rows.add(outcome(row, null, ImportOutcome.INVALID, row.problem()));
        continue;
      }
      Licensee who =
          em
              .createQuery("select l from Licensee l where l.npn = :n", Licensee.class)
              .setParameter("n", row.npn())
              .getResultList()
              .stream()
              .filter(l -> TrainingAccess.canTeach(me, l.newHire().trainingClass()))
              .findFirst()
              .orElse(null);
      if (who == null) {
        rows.add(outcome(row, null, ImportOutcome.NO_PERSON, "no one you train has this NPN"));
        continue;
      }
      long hire = who.newHire().id();
      if (!row.active()) {
        rows.add(
            outcome(row, hire, ImportOutcome.INACTIVE, "the license is not active: not recorded"));
        continue;
      }
      StateLicense license =
          data.licenses(who).stream()
              .filter(l -> l.state().equals(row.state()))
              .findFirst()
              .orElse(null);
      boolean same =
          license != null
              && license.licenseVerified()
              && row.number().equals(license.licenseNumber())
              && row.lines().equals(license.licenseLines())
              && row.issuedOn().equals(license.licenseIssuedOn())
              && java.util.Objects.equals(row.expiresOn(), license.licenseExpiresOn());
      if (same) {
        rows.add(outcome(row, hire, ImportOutcome.UNCHANGED, null));
        continue;
      }
      if (preview) {
        rows.add(
            outcome(
                row,
                hire,
                ImportOutcome.WOULD_RECORD,
                license == null ? "adds " + row.state() + " to their journey" : null));
        continue;
      }
      try {
        Map<String, Object> before = license == null ? Map.of() : license.auditState();
        if (license == null) {
          license = new StateLicense(who, row.state(), row.lines(), Journeys.today(who));
          em.persist(license);
        }
        license.issue(
            row.number(), row.lines(), row.issuedOn(), row.expiresOn(), true, Journeys.today(who));
        em.flush();
        audit.updated(license, before, "License recorded from an import");
        touched.put(who.id(), who);
        rows.add(outcome(row, hire, ImportOutcome.RECORDED, null));
      } catch (InvalidInput e) {
        rows.add(
            outcome(
                row,
                hire,
                ImportOutcome.INVALID,
                e.violations().stream()
                    .map(v -> v.field() + " " + v.message())
                    .toList()
                    .toString()));
      }
    }
    touched.values().forEach(who -> journeys.recompute(who, reference));
    Map<ImportOutcome, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
    return new LicenseImportResult(preview, counts, rows);
  }
}
