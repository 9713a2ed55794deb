package org.liandong.files.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Normalises declared content types and checks them against the file's first bytes (magic numbers). */
final class ContentTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
			Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
			Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
			Map.entry("csv", "text/csv"), Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	/** What a browser may show in its own window: images it draws itself and PDF, never markup or script. */
	private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
			"application/pdf");

	private ContentTypes() {
	}

	/** Whether a stored file of this (normalised) type is served inline rather than as an attachment. */
	static boolean showsInline(String type) {
		return type != null && INLINE.contains(type.toLowerCase(Locale.ROOT).split(";")[0].strip());
	}

	static String normalise(String declared, String name) {
		String type = declared == null ? "" : declared.toLowerCase(Locale.ROOT).split(";")[0].strip();
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			int dot = name.lastIndexOf('.');
			String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			type = BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
		}
		return type.equals("image/jpg") ? "image/jpeg" : type;
	}

	static boolean matches(String type, byte[] head) {
		return switch (type) {
			case "image/jpeg" -> starts(head, 0xFF, 0xD8, 0xFF);
			case "image/png" -> starts(head, 0x89, 'P', 'N', 'G');
			case "image/gif" -> starts(head, 'G', 'I', 'F', '8');
			case "image/webp" -> starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W';
			case "application/pdf" -> starts(head, '%', 'P', 'D', 'F');
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> starts(head, 'P', 'K', 3, 4);
			default -> true;
		};
	}

	private static boolean starts(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
