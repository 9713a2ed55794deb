package org.liandong.files;

import java.time.Instant;

/** An uploaded file's metadata; {@code uploadedBy} is the uploader's user name (or the channel's, e.g. "portal"). */
public record StoredFile(String id, String name, String contentType, long size, String sha256, Instant createdAt,
		String uploadedBy) {
}
