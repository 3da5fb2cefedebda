/**
 * Screening and the hiring pipeline: each requisition's stages, moves with their rules and history,
 * explained screening scores, the board and list views, bulk actions, and the hiring team's notes.
 */
package org.floorready.pipeline;
