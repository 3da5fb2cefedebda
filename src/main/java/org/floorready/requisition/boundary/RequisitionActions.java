package org.floorready.requisition.boundary;

import java.util.ArrayList;
import java.util.List;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.AppUser;

/** What the caller may do with a requisition in its current state (the UI shows these buttons). */
final class RequisitionActions {
  private RequisitionActions() {}

  static List<String> of(Requisition r, AppUser me) {
    List<String> actions = new ArrayList<>();
    if (r.pendingStep().filter(s -> s.canBeDecidedBy(me)).isPresent()) {
      actions.add("approve");
      actions.add("reject");
    }
    if (!RequisitionAccess.canEdit(me)) {
      return actions;
    }
    switch (r.status()) {
      case DRAFT -> actions.addAll(List.of("edit", "submit", "cancel"));
      case PENDING_APPROVAL -> actions.addAll(List.of("edit", "cancel"));
      case OPEN -> actions.addAll(List.of("edit", "fill", "hold", "cancel"));
      case ON_HOLD -> actions.addAll(List.of("edit", "fill", "resume", "cancel"));
      case FILLED, CANCELLED -> actions.add("reopen");
    }
    actions.add("clone");
    return actions;
  }
}
