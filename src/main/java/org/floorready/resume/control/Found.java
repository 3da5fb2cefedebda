package org.floorready.resume.control;

/** A value read from the resume together with the line of text it came from. */
record Found<T>(T value, String source) {}
