package org.floorready.interview.entity;

import java.time.Instant;
import java.util.List;

/**
 * An interview was booked or moved (fired in the booking's transaction; reminders are planned once
 * it commits).
 */
public record InterviewBooked(
    long interviewId, int sequence, Instant start, Instant end, List<Long> reminderMinutes) {}
