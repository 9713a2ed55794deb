package org.liandong.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rebuilt dictionaries answer as smartcn's word lists do, and refuse (so that the analyser falls back to smartcn)
 * data that smartcn's binary searches would read differently.
 */
class SmartcnDictionariesTests {

	private static final long PAIR = 0x1234_5678_9abcL;

	@Test
	void findsWordsPrefixesAndPairs() {
		SmartcnDictionaries words = SmartcnDictionaries.build(slots('环', '竹'), chars('环', '竹'),
				new char[][][] { { null, "翠".toCharArray(), "翠区".toCharArray() }, { "岛".toCharArray() } },
				new int[][] { { 5, 7, 9 }, { 3 } }, pairHashes(), pairFrequencies());
		assertThat(words).isNotNull();
		int huan = words.child(0, '环');
		assertThat(words.frequency(huan)).isEqualTo(5);
		assertThat(words.frequency(words.child(huan, '翠'))).isEqualTo(7);
		assertThat(words.frequency("环翠区".toCharArray())).isEqualTo(9);
		int zhu = words.child(0, '竹');
		assertThat(words.frequency(zhu)).as("a prefix only").isEqualTo(-1);
		assertThat(words.frequency("竹".toCharArray())).as("not a word: frequency 0, as smartcn").isZero();
		assertThat(words.frequency("竹岛".toCharArray())).isEqualTo(3);
		assertThat(words.child(0, '海')).isEqualTo(-1);
		assertThat(words.child(huan, '海')).isEqualTo(-1);
		assertThat(words.frequency("海".toCharArray())).isZero();
		assertThat(words.pairFrequency(PAIR, 17)).isEqualTo(42);
		assertThat(words.pairFrequency(PAIR + 1, 17)).isZero();
	}

	@Test
	void refusesAWordListOutOfOrder() {
		assertThat(SmartcnDictionaries.build(slots('环'), chars('环'),
				new char[][][] { { "翠区".toCharArray(), "翠".toCharArray() } }, new int[][] { { 1, 2 } }, new long[1],
				new int[1]))
			.isNull();
	}

	@Test
	void refusesAFirstCharacterListedTwice() {
		assertThat(SmartcnDictionaries.build(slots('环', '环'), chars('环', '环'),
				new char[][][] { { "翠".toCharArray() }, { "岛".toCharArray() } }, new int[][] { { 1 }, { 2 } },
				new long[1], new int[1]))
			.isNull();
	}

	@Test
	void pairHashesAreSmartcns() {
		// "你好@世界" hashed as smartcn's AbstractDictionary.hash1/hash2 do, one character at a time
		long first = SmartcnDictionaries.FNV_OFFSET;
		int second = SmartcnDictionaries.DJB_OFFSET;
		for (char ch : "你好@世界".toCharArray()) {
			first = SmartcnDictionaries.fold(first, ch);
			second = SmartcnDictionaries.fold(second, ch);
		}
		long expectedFirst = 0xcbf29ce484222325L;
		int expectedSecond = 5381;
		for (char d : "你好@世界".toCharArray()) {
			expectedFirst = (expectedFirst ^ (d & 0x00FF)) * 1099511628211L;
			expectedFirst = (expectedFirst ^ (d >> 8)) * 1099511628211L;
			expectedSecond = ((expectedSecond * 33) + d) & 0xFF;
			expectedSecond = ((expectedSecond * 33) + d) >> 8;
		}
		assertThat(first).isEqualTo(expectedFirst);
		assertThat(second).isEqualTo(expectedSecond);
	}

	/** A three-slot pair table with {@link #PAIR} where smartcn's probe looks first ({@code hash % 3}). */
	private static long[] pairHashes() {
		long[] table = new long[3];
		table[(int) (PAIR % 3)] = PAIR;
		return table;
	}

	private static int[] pairFrequencies() {
		int[] frequencies = new int[3];
		frequencies[(int) (PAIR % 3)] = 42;
		return frequencies;
	}

	/** Slot {@code i} of smartcn's character index points at word list {@code i}. */
	private static short[] slots(char... first) {
		short[] slots = new short[first.length + 1];
		for (int i = 0; i < first.length; i++) {
			slots[i] = (short) i;
		}
		slots[first.length] = -1;
		return slots;
	}

	private static char[] chars(char... first) {
		char[] chars = new char[first.length + 1];
		System.arraycopy(first, 0, chars, 0, first.length);
		return chars;
	}

}
