/**
 * Reports computed from recorded events: the funnel, time to fill and to hire, offers, interviews,
 * licensing (exam pass rates, time to license) and training attrition — each with its definition, a
 * chart, a table and CSV, filtered by period (in the viewer's zone), team, requisition, source and
 * state, and limited to what the viewer may see. Reads every feature below it; nothing depends on
 * it.
 */
package org.floorready.reporting;
