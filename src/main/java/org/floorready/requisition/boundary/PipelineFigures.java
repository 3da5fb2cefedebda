package org.floorready.requisition.boundary;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the pipelines of requisitions hold, for the requisition list and the headcount plan.
 * Applications belong to the feature above this one, which implements this; the requisition feature
 * never imports it (features depend one way).
 */
public interface PipelineFigures {

  /** How many applications sit in one stage of a requisition's pipeline. */
  record StageCount(String stage, String name, long count) {}

  /** Requisition id → applications in the Offer stage (requisitions with none are left out). */
  Map<Long, Integer> inOfferByRequisition();

  /**
   * Per requisition: its pipeline's stages in order with how many applications are in each (closed
   * ones, rejected or withdrawn, not counted); a requisition without applications maps to its
   * stages with zeros.
   */
  Map<Long, List<StageCount>> byStage(Collection<Long> requisitionIds);
}
