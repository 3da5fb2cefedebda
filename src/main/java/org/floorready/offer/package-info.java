/**
 * Offers: made from an application in the Offer stage into a training class, approved when pay is
 * outside the requisition's range (or when asked), sent with a letter as PDF and a signed link,
 * answered by the candidate or recorded by a recruiter, lapsed at expiry, superseded by a revision.
 * Accepting hires, fills an opening and enrols in the class at once. The top feature: it uses
 * training, interviews' neighbours (applications), requisitions and notifications.
 */
package org.floorready.offer;
