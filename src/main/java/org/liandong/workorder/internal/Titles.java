package org.liandong.workorder.internal;

/** Derives a short title from a request's content: its first sentence, at most 30 characters. */
final class Titles {

	static final int MAX = 30;

	private Titles() {
	}

	static String derive(String content) {
		String text = content.strip().replaceAll("\\s+", " ");
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '；' || c == ';') {
				end = i;
				break;
			}
		}
		String sentence = text.substring(0, end).strip();
		if (sentence.isEmpty()) {
			sentence = text;
		}
		if (sentence.codePointCount(0, sentence.length()) > MAX) {
			return sentence.substring(0, sentence.offsetByCodePoints(0, MAX)) + "…";
		}
		return sentence;
	}
}
