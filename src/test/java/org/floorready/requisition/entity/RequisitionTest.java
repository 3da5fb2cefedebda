package org.floorready.requisition.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.floorready.platform.Conflict;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;
import org.junit.jupiter.api.Test;

class RequisitionTest {
  private final Instant now = Instant.parse("2026-11-26T10:00:00Z");
  private final Team team =
      new Team("Auto Sales East", "Charlotte, NC", ZoneId.of("America/New_York"));
  private final AppUser manager = user(1, "manager@example.com", Role.HIRING_MANAGER);
  private final AppUser director = user(2, "director@example.com", Role.HIRING_MANAGER);
  private final AppUser stranger = user(3, "other@example.com", Role.HIRING_MANAGER);
  private final AppUser admin = user(4, "admin@example.com", Role.ADMIN);

  static AppUser user(long id, String email, Role role) {
    AppUser user = new AppUser(email, email, "hash", EnumSet.of(role), ZoneId.of("UTC"));
    try {
      Field field = AppUser.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(user, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return user;
  }

  private RequisitionDetails details(int openings, String payMax) {
    return new RequisitionDetails(
        "Sales Agent",
        team,
        WorkMode.ON_SITE,
        "Charlotte, NC",
        Set.of(),
        Set.of(new LicenseRequirement("NC", "Property")),
        openings,
        LocalDate.of(2027, 1, 6),
        new BigDecimal("18"),
        new BigDecimal(payMax),
        "USD",
        PayBasis.HOURLY,
        "Days",
        "Mon-Fri",
        EmploymentType.FULL_TIME,
        manager,
        null,
        Set.of(),
        "Sell",
        List.of(),
        List.of());
  }

  private Requisition openRequisition(int openings) {
    Requisition r = Requisition.draft(details(openings, "22"), "recruiter@example.com", now);
    r.submit(List.of(Approver.user(manager)), "recruiter@example.com", now);
    r.approve(manager, null, now);
    setOpeningIds(r);
    return r;
  }

  private static void setOpeningIds(Requisition r) {
    long id = 100;
    for (Opening opening : r.openings()) {
      try {
        Field field = Opening.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(opening, id++);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void approvalChainRunsInOrderAndOpensTheRequisitionAfterTheLastStep() {
    Requisition r = Requisition.draft(details(3, "22"), "recruiter@example.com", now);
    r.submit(
        List.of(Approver.user(manager), Approver.user(director)), "recruiter@example.com", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
    assertThatThrownBy(() -> r.approve(director, "early", now))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("waits for");
    r.approve(manager, "ok", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
    assertThat(r.pendingStep().orElseThrow().approverUser()).isSameAs(director);
    r.approve(director, null, now.plusSeconds(60));
    assertThat(r.status()).isEqualTo(RequisitionStatus.OPEN);
    assertThat(r.firstOpenedAt()).isEqualTo(now.plusSeconds(60));
    assertThat(r.openings()).allMatch(o -> o.openedAt() != null);
    assertThat(r.events())
        .extracting(RequisitionEvent::type)
        .containsSubsequence(
            RequisitionEvent.Type.CREATED,
            RequisitionEvent.Type.SUBMITTED,
            RequisitionEvent.Type.APPROVED_STEP,
            RequisitionEvent.Type.APPROVED_STEP,
            RequisitionEvent.Type.OPENED);
  }

  @Test
  void roleStepsAcceptAnyoneWithTheRoleAndAdminsMayActForAnyone() {
    Requisition r = Requisition.draft(details(1, "22"), "recruiter@example.com", now);
    r.submit(
        List.of(Approver.role(Role.HIRING_MANAGER), Approver.user(director)),
        "recruiter@example.com",
        now);
    r.approve(stranger, null, now);
    r.approve(admin, "acting for the director", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.OPEN);
  }

  @Test
  void rejectionNeedsACommentAndSendsItBackToDraft() {
    Requisition r = Requisition.draft(details(2, "22"), "recruiter@example.com", now);
    r.submit(List.of(Approver.user(manager)), "recruiter@example.com", now);
    assertThatThrownBy(() -> r.reject(manager, " ", now)).isInstanceOf(Conflict.class);
    r.reject(manager, "Pay above budget", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.DRAFT);
    assertThat(r.approvalSteps().get(0).comment()).isEqualTo("Pay above budget");
    r.submit(List.of(Approver.user(manager)), "recruiter@example.com", now);
    assertThat(r.approvalRound()).isEqualTo(2);
  }

  @Test
  void illegalChangesAreRefusedWithAReason() {
    Requisition draft = Requisition.draft(details(1, "22"), "recruiter@example.com", now);
    assertThatThrownBy(() -> draft.hold("r", "x", now))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("draft");
    assertThatThrownBy(() -> draft.resume("r", now)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> draft.reopen("r", null, now)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> draft.cancel("r", "", now))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> draft.approve(manager, null, now)).isInstanceOf(Conflict.class);
    Requisition open = openRequisition(1);
    assertThatThrownBy(() -> open.submit(List.of(Approver.user(manager)), "r", now))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void holdResumeAndCancelThenReopenAsDraft() {
    Requisition r = openRequisition(2);
    r.hold("r", "budget", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.ON_HOLD);
    r.resume("r", now);
    r.cancel("r", "reorg", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.CANCELLED);
    assertThatThrownBy(() -> r.edit(details(2, "22"), "r", now)).isInstanceOf(Conflict.class);
    r.reopen("r", "back on", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.DRAFT);
  }

  @Test
  void changingOpeningsOrPayOfAnApprovedRequisitionSendsItBackForApproval() {
    Requisition r = openRequisition(2);
    RequisitionDetails sameKeyFields = details(2, "22");
    assertThat(r.edit(sameKeyFields, "r", now)).isFalse();
    assertThat(r.status()).isEqualTo(RequisitionStatus.OPEN);
    assertThat(r.edit(details(2, "25"), "r", now)).isTrue();
    assertThat(r.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
    assertThat(r.pendingStep()).isEmpty();
  }

  @Test
  void eachOpeningIsFilledOnItsOwnAndTheLastOneFillsTheRequisition() {
    Requisition r = openRequisition(2);
    Opening first = r.openings().get(0);
    r.fill(first.id(), "Alex", "r", now.plusSeconds(86400 * 10));
    assertThat(first.timeToFill()).hasValueSatisfying(d -> assertThat(d.toDays()).isEqualTo(10));
    assertThatThrownBy(() -> r.fill(first.id(), "Again", "r", now)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> r.edit(details(0, "22"), "r", now)).isInstanceOf(Conflict.class);
    r.fill(r.openings().get(1).id(), "Blake", "r", now.plusSeconds(86400 * 12));
    assertThat(r.status()).isEqualTo(RequisitionStatus.FILLED);
    r.reopen("r", "hire withdrew", now);
    assertThat(r.status()).isEqualTo(RequisitionStatus.OPEN);
    assertThat(r.openings())
        .filteredOn(Opening::isOpen)
        .extracting(Opening::number)
        .containsExactly(2);
  }

  @Test
  void aHireTakesTheFirstOpenSeatAndWithNoneLeftIsRefusedByName() {
    Requisition r = openRequisition(2);
    r.fill(r.openings().get(0).id(), "Alex", "r", now);
    Opening seat = r.fillNext("Blake", 42L, "r", now);
    assertThat(seat.number()).isEqualTo(2);
    assertThat(seat.applicationId()).isEqualTo(42L);
    assertThat(seat.filledBy()).isEqualTo("Blake");
    assertThat(r.status()).isEqualTo(RequisitionStatus.FILLED);
    assertThatThrownBy(() -> r.fillNext("Casey", 43L, "r", now))
        .isInstanceOf(NoOpeningLeft.class)
        .hasMessageContaining("filled already");
    assertThatThrownBy(r::nextOpenSeat).isInstanceOf(NoOpeningLeft.class);
  }

  @Test
  void cloneIsANewDraftWithTheSameContent() {
    Requisition r = openRequisition(3);
    Requisition clone = r.cloneAsDraft("r", now, LocalDate.of(2027, 2, 3));
    assertThat(clone.status()).isEqualTo(RequisitionStatus.DRAFT);
    assertThat(clone.openings()).hasSize(3);
    assertThat(clone.targetStartDate()).isEqualTo(LocalDate.of(2027, 2, 3));
    assertThat(clone.title()).isEqualTo(r.title());
  }
}
