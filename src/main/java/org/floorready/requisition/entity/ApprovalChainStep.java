package org.floorready.requisition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** One step of a team's approval chain: requisitions of the team go through these in order. */
@Entity
@Table(name = "approval_chain_step")
@NamedQuery(
    name = ApprovalChainStep.OF_TEAM,
    query = "select s from ApprovalChainStep s where s.team = :team order by s.position")
public class ApprovalChainStep {
  public static final String OF_TEAM = "ApprovalChainStep.ofTeam";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_chain_step_seq")
  @SequenceGenerator(
      name = "approval_chain_step_seq",
      sequenceName = "approval_chain_step_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  private int position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approver_user_id")
  private AppUser approverUser;

  @Enumerated(EnumType.STRING)
  private Role approverRole;

  protected ApprovalChainStep() {}

  public ApprovalChainStep(Team team, int position, Approver approver) {
    this.team = team;
    this.position = position;
    this.approverUser = approver.user();
    this.approverRole = approver.role();
  }

  public Approver approver() {
    return new Approver(approverUser, approverRole);
  }

  public int position() {
    return position;
  }
}
