package org.liandong.shared.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharFilter;

/**
 * Traditional Chinese characters written as simplified ones (環翠區竹島 → 环翠区竹岛), one character for one, so that
 * a request written in traditional characters is read as the same words: by the analyser of every index, by the
 * triage classifier and by the gazetteer. Only characters that are not simplified ones themselves are changed (the
 * table, {@code data/zh/traditional-simplified.txt}, leaves out 乾, 後, 著, …), so simplified text is never
 * changed and offsets stay as they are.
 */
public final class Simplified {

	private static final String TABLE_RESOURCE = "/data/zh/traditional-simplified.txt";

	/** By character: its simplified form, or 0 when it has none. */
	private static final char[] TABLE = load();

	private Simplified() {
	}

	/** The text with every traditional character the table knows written simplified; the same instance when none. */
	public static String of(String text) {
		if (text == null) {
			return null;
		}
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			if (TABLE[text.charAt(i)] != 0) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		convert(chars, first, chars.length - first);
		return new String(chars);
	}

	/** Converts {@code length} characters from {@code offset} in place. */
	static void convert(char[] chars, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			char s = TABLE[chars[i]];
			if (s != 0) {
				chars[i] = s;
			}
		}
	}

	/** A reader of the text with its traditional characters simplified (for an analyser's {@code initReader}). */
	public static Reader reader(Reader input) {
		return new CharFilter(input) {
			@Override
			public int read(char[] cbuf, int off, int len) throws IOException {
				int n = input.read(cbuf, off, len);
				if (n > 0) {
					convert(cbuf, off, n);
				}
				return n;
			}

			@Override
			protected int correct(int currentOff) {
				return currentOff; // one character for one
			}
		};
	}

	private static char[] load() {
		char[] table = new char[Character.MAX_VALUE + 1];
		try (InputStream in = Simplified.class.getResourceAsStream(TABLE_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(TABLE_RESOURCE + " is missing");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.length() == 3 && line.charAt(1) == ' ') {
					table[line.charAt(0)] = line.charAt(2);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return table;
	}
}
