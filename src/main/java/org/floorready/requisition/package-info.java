/**
 * Approved headcount: requisitions with their openings, lifecycle, approval chains and dated
 * history; the headcount plan (targets per team and month against hires and pipeline); the public
 * careers pages. Row-level visibility of requisitions is decided here (RequisitionAccess).
 * Applications to requisitions belong to the candidate feature.
 */
package org.floorready.requisition;
