/**
 * Quality of hire: the agents' floor KPIs (calls, handle time, talk and hold time, follow-ups,
 * quotes, policies sold, QA, adherence) pushed by the call-center platform or imported as CSV,
 * matched to new hires by agent id or email. Sits above reporting; nothing depends on it.
 */
package org.floorready.quality;
