/**
 * State licensing and certifications: the requirements per state and line of authority as dated,
 * versioned data; each new hire's road to a license per state (pre-licensing, exam, fingerprints,
 * application, license, carrier appointments); certifications; and "cleared to sell" per person and
 * state, kept current for the dialer's routing. Sits on top of training (new hires) and
 * requisitions (the states and lines a job needs).
 */
package org.floorready.licensing;
