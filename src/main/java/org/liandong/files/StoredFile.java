package org.liandong.files;

import java.time.Instant;

/** An uploaded file's metadata. */
public record StoredFile(String id, String name, String contentType, long size, String sha256, Instant createdAt) {
}
