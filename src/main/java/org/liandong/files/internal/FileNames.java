package org.liandong.files.internal;

/** Keeps only the last path segment of an uploaded name, without control characters. */
final class FileNames {

	private FileNames() {
	}

	static String safe(String name) {
		if (name == null || name.isBlank()) {
			return "file";
		}
		String last = name.replace('\\', '/');
		last = last.substring(last.lastIndexOf('/') + 1);
		last = last.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (last.isEmpty() || last.equals(".") || last.equals("..")) {
			return "file";
		}
		return last.length() > 200 ? last.substring(last.length() - 200) : last;
	}
}
