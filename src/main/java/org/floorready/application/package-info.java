/**
 * The application: a person applying to a requisition and moving through its pipeline. The
 * aggregate with its stage rules and history, each requisition's stages, moves (one at a time,
 * locked), explained screening scores kept current on every profile or criteria change, the board
 * and list, bulk actions, the hiring team's notes, and the careers apply flow (knock-out answers,
 * EEO self-identification stored apart). It opens applications when candidate files a resume
 * uploaded into a requisition, and keeps what it holds of a person when two records are merged.
 */
package org.floorready.application;
