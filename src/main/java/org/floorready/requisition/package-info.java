/**
 * Approved headcount: requisitions with their openings, lifecycle, approval chains and dated
 * history, knock-out questions and screening criteria; the headcount plan (targets per team and
 * month against hires and pipeline); the public careers pages. Row-level visibility of requisitions
 * is decided here (RequisitionAccess). Applications to requisitions belong to the application
 * feature, which reads requisitions; requisition never reads applications.
 */
package org.floorready.requisition;
