package org.floorready.application.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One stage of a requisition that adjusted its pipeline (the others use the default pipeline). */
@Entity
@Table(name = "pipeline_stage")
public class StageDefinition {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_stage_seq")
  @SequenceGenerator(
      name = "pipeline_stage_seq",
      sequenceName = "pipeline_stage_seq",
      allocationSize = 50)
  private Long id;

  private Long requisitionId;
  private String stageKey;
  private String name;
  private int position;
  private boolean interview;

  protected StageDefinition() {}

  public StageDefinition(long requisitionId, Pipeline.Stage stage, int position) {
    this.requisitionId = requisitionId;
    this.stageKey = stage.key();
    this.name = stage.name().strip();
    this.position = position;
    this.interview = stage.interview();
  }

  public Pipeline.Stage stage() {
    return new Pipeline.Stage(stageKey, name, interview);
  }

  public Long requisitionId() {
    return requisitionId;
  }

  public int position() {
    return position;
  }
}
