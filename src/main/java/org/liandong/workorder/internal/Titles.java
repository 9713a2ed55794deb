package org.liandong.workorder.internal;

import java.util.regex.Pattern;

/**
 * Derives a short title from a request's content: its first sentence or line, white space collapsed, at most 30
 * characters.
 */
final class Titles {

	static final int MAX = 30;

	private Titles() {
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	static String derive(String content) {
		String text = content.strip();
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '；'
					|| c == ';') {
				end = i;
				break;
			}
		}
		// the sentence's runs of white space as one space (found first: a line break ends the sentence)
		String sentence = SPACES.matcher(text.substring(0, end)).replaceAll(" ").strip();
		if (sentence.isEmpty()) {
			sentence = SPACES.matcher(text).replaceAll(" ");
		}
		if (sentence.codePointCount(0, sentence.length()) > MAX) {
			return sentence.substring(0, sentence.offsetByCodePoints(0, MAX)) + "…";
		}
		return sentence;
	}
}
