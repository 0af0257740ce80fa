package org.setsafe.reporting;

/** A photo as uploaded: its declared type and its bytes. */
public record PhotoUpload(String contentType, byte[] bytes) {}
