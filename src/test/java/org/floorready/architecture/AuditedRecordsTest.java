package org.floorready.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.floorready.security.entity.Audited;
import org.junit.jupiter.api.Test;

/**
 * README: every create, update and delete of a business record is in the audit trail. Every entity
 * is {@link Audited}, or named below with the reason it is not (a record of its own history, a part
 * recorded with its whole, or technical state). A new entity fails this test until it is one or the
 * other; the integration tests check that the operations write the entries.
 */
class AuditedRecordsTest {
  static final Map<String, String> NOT_AUDITED =
      Map.ofEntries(
          Map.entry("OutboxMessage", "the outbox is itself the log of every mail"),
          Map.entry("OutboxAttachment", "part of its outbox message"),
          Map.entry("ApprovalChainStep", "audited as the team's ApprovalChain"),
          Map.entry("ApprovalStep", "decisions are in the requisition's history and audit"),
          Map.entry("Opening", "filled openings are audited on their Requisition"),
          Map.entry("RequisitionEvent", "the requisition's history itself"),
          Map.entry("StageChange", "the application's history itself"),
          Map.entry("StageDefinition", "audited as the requisition's pipeline (Pipelines)"),
          Map.entry("CandidateEvent", "the candidate's timeline itself"),
          Map.entry("ResumeDocument", "its filing is on the candidate's timeline"),
          Map.entry(
              "EeoSelfIdentification",
              "anonymous by law: an audit entry would tie it to a" + " person"),
          Map.entry("UserSession", "technical: sign-ins are counted, not business records"),
          Map.entry("PasswordResetLink", "technical; the password change itself is audited"),
          Map.entry(
              "BusyTime",
              "copies of interviewers' calendars, replaced on every fetch, and their own time off"),
          Map.entry("TrainingModule", "audited as its TrainingProgram"),
          Map.entry("ClassSession", "session changes are audited on their TrainingClass"),
          Map.entry(
              "Attendance", "each mark keeps who and when; roll calls are audited on the class"),
          Map.entry(
              "AssessmentAttempt", "append-only with grader and time; audited on the NewHire"),
          Map.entry("NestingCheck", "keeps checker and time; audited on the NewHire"),
          Map.entry("FlagAcknowledgement", "keeps who and when; audited on the NewHire"),
          Map.entry("OfferApproval", "decisions are audited on their Offer"),
          Map.entry("Clearance", "computed from the audited licensing records, recomputed at will"),
          Map.entry("Evidence", "each upload is audited on its Licensee"),
          Map.entry("ExpiryReminder", "the record that a reminder mail went out, once"),
          Map.entry("AuditEntry", "the audit trail itself"));

  @Test
  void everyEntityIsAuditedOrSaysWhyNot() throws IOException {
    List<Class<?>> entities = entities();
    assertThat(entities).hasSizeGreaterThan(20);
    List<String> silent =
        entities.stream()
            .filter(e -> !Audited.class.isAssignableFrom(e))
            .map(Class::getSimpleName)
            .filter(name -> !NOT_AUDITED.containsKey(name))
            .toList();
    assertThat(silent).as("entities neither Audited nor explained").isEmpty();
    List<String> names = entities.stream().map(Class::getSimpleName).toList();
    assertThat(names)
        .as("every exemption names an entity that exists")
        .containsAll(NOT_AUDITED.keySet());
  }

  private static List<Class<?>> entities() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes.resolve("org/floorready"))) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .<Class<?>>map(AuditedRecordsTest::load)
          .filter(c -> c != null && c.isAnnotationPresent(Entity.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AuditedRecordsTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
