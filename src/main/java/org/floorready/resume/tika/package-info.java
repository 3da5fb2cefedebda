/**
 * Runs inside the Tika child JVMs only, never in the server: a detector that names an Office
 * package by its manifest, and the DOCX parser that repairs malformed content types before Apache
 * POI refuses the whole document. Built into its own jar among the child's parser libraries and
 * left out of the WAR (it needs Tika's parser modules, which the server does not have).
 */
package org.floorready.resume.tika;
