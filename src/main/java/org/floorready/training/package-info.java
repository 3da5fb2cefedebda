/**
 * Training: programs of modules, classes (cohorts) with their session calendars, the new hires in
 * them, roll call, assessments, nesting checks, milestones, departures (resigned or released) and
 * at-risk flags — the trainer's workspace. Sits above interviews (its sessions join the trainers'
 * calendar feeds) and below offers (an accepted offer enrols a person here).
 */
package org.floorready.training;
