package org.floorready.requisition.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.security.entity.Audited;

/** A team's approval chain as the audit trail records its changes: the approvers in order. */
public record ApprovalChain(long teamId, List<Approver> approvers) implements Audited {

  @Override
  public String auditId() {
    return String.valueOf(teamId);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put(
        "approvers", String.join(" → ", approvers.stream().map(ApprovalChain::label).toList()));
    return state;
  }

  @Override
  public String auditType() {
    return "ApprovalChain";
  }

  /**
   * Whether {@code editor} may replace this chain with {@code next} without an admin: the chain
   * keeps every approver after the editor's own step (the ones above them) and is not emptied.
   */
  public boolean keepsTheApproversAbove(long editorId, ApprovalChain next) {
    if (!approvers.isEmpty() && next.approvers().isEmpty()) {
      return false;
    }
    int mine = -1;
    for (int i = 0; i < approvers.size(); i++) {
      if (approvers.get(i).user() != null && approvers.get(i).user().id() == editorId) {
        mine = i;
      }
    }
    List<String> kept = next.approvers().stream().map(ApprovalChain::label).toList();
    return approvers.subList(mine + 1, approvers.size()).stream()
        .map(ApprovalChain::label)
        .allMatch(kept::contains);
  }

  private static String label(Approver approver) {
    return approver.user() != null
        ? approver.user().email()
        : "any " + approver.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
