package org.liandong.shared.text;

import java.util.Arrays;

import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;

/**
 * Splits one sentence into words exactly as smartcn's hidden-Markov segmenter does, at a fraction of its cost.
 * <p>
 * The model is smartcn's: every dictionary word found in the sentence (and every single character, run of letters,
 * run of digits and punctuation mark) is a node; consecutive nodes are joined by an edge weighted by smoothed word
 * and word-pair frequencies; the words are the cheapest path from the sentence's start to its end. What differs is
 * the bookkeeping: words are found by walking a trie instead of binary-searching a word list per prefix, word pairs by
 * a hash computed incrementally instead of building {@code "word1@word2"} strings, and the graph lives in reused
 * arrays instead of per-sentence maps and lists. Ties are broken as smartcn breaks them (the first cheapest
 * predecessor in node order), so the words are the same; {@code ChineseAnalyzerEquivalenceTests} checks it on real
 * requests. One instance per tokenizer; not thread-safe.
 */
final class ChineseSegmenter {

	private static final byte[] TYPES = new byte[Character.MAX_VALUE + 1];

	static {
		for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
			TYPES[ch] = (byte) Utility.getCharType((char) ch);
		}
	}

	private static final char PAIR_SEPARATOR = '@';

	private final SmartcnDictionaries words;

	private final int stringFrequency;

	private final int numberFrequency;

	private final int startFrequency;

	private final int endFrequency;

	private final long startHash;

	private final int startSecond;

	/** The sentence being segmented. */
	private char[] text = new char[256];

	private int length;

	/** The graph's nodes in smartcn's order (by start, then as found); node 0 starts, the last one ends. */
	private int nodes;

	private int[] starts = new int[512];

	private int[] ends = new int[512];

	private byte[] wordTypes = new byte[512];

	private int[] frequencies = new int[512];

	/** Per node, smartcn's two pair hashes after its text and the separator. */
	private long[] pairHashes = new long[512];

	private int[] pairSeconds = new int[512];

	private double[] costs = new double[512];

	private int[] previous = new int[512];

	/** Per position, the first node starting there (-1: none), then the first occupied position from there on. */
	private int[] firstAt = new int[256];

	private int[] nextOccupied = new int[256];

	/** The chosen path, without the start and end nodes. */
	private int[] path = new int[256];

	private int pathLength;

	ChineseSegmenter(SmartcnDictionaries words) {
		this.words = words;
		this.stringFrequency = words.frequency(Utility.STRING_CHAR_ARRAY);
		this.numberFrequency = words.frequency(Utility.NUMBER_CHAR_ARRAY);
		this.startFrequency = words.frequency(Utility.START_CHAR_ARRAY);
		this.endFrequency = words.frequency(Utility.END_CHAR_ARRAY);
		long hash = SmartcnDictionaries.FNV_OFFSET;
		int second = SmartcnDictionaries.DJB_OFFSET;
		for (char ch : Utility.START_CHAR_ARRAY) {
			hash = SmartcnDictionaries.fold(hash, ch);
			second = SmartcnDictionaries.fold(second, ch);
		}
		this.startHash = SmartcnDictionaries.fold(hash, PAIR_SEPARATOR);
		this.startSecond = SmartcnDictionaries.fold(second, PAIR_SEPARATOR);
	}

	/** Segments {@code source[from, to)}; the words are then {@link #size()}, {@link #start}, {@link #term}. */
	void segment(char[] source, int from, int to) {
		length = to - from;
		if (text.length < length) {
			text = new char[Math.max(length, text.length * 2)];
		}
		System.arraycopy(source, from, text, 0, length);
		buildGraph();
		findCheapestPath();
	}

	void clear() {
		pathLength = 0;
	}

	int size() {
		return pathLength;
	}

	int start(int word) {
		return starts[path[word]];
	}

	int end(int word) {
		return ends[path[word]];
	}

	/** Writes the word's text (as smartcn emits it: lower-cased, half-width, punctuation as ',') into {@code out}. */
	int term(int word, char[] out) {
		int node = path[word];
		int from = starts[node];
		int to = ends[node];
		switch (wordTypes[node]) {
			case WordType.DELIMITER -> {
				out[0] = ',';
				return 1;
			}
			case WordType.STRING -> {
				for (int i = from; i < to; i++) {
					out[i - from] = lowerAscii(text[i]);
				}
				return to - from;
			}
			case WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER -> {
				for (int i = from; i < to; i++) {
					char ch = text[i];
					if (ch >= 0xFF10) {
						ch = (char) (ch - 0xFEE0);
					}
					out[i - from] = lowerAscii(ch);
				}
				return to - from;
			}
			case WordType.NUMBER -> {
				System.arraycopy(text, from, out, 0, to - from);
				return to - from;
			}
			default -> {
				int n = 0;
				for (int i = from; i < to; i++) {
					if (TYPES[text[i]] != CharType.SPACE_LIKE) {
						out[n++] = text[i];
					}
				}
				return n;
			}
		}
	}

	private static char lowerAscii(char ch) {
		return ch >= 'A' && ch <= 'Z' ? (char) (ch + 0x20) : ch;
	}

	private void buildGraph() {
		nodes = 0;
		if (firstAt.length < length + 1) {
			firstAt = new int[Math.max(length + 1, firstAt.length * 2)];
			nextOccupied = new int[firstAt.length];
		}
		Arrays.fill(firstAt, 0, length + 1, -1);
		addNode(-1, 0, WordType.SENTENCE_BEGIN, startFrequency);
		pairHashes[0] = startHash;
		pairSeconds[0] = startSecond;
		int i = 0;
		while (i < length) {
			int type = TYPES[text[i]];
			switch (type) {
				case CharType.SPACE_LIKE -> i++;
				case CharType.SURROGATE -> {
					int count = Character.charCount(Character.codePointAt(text, i, length));
					addNode(i, i + count, WordType.CHINESE_WORD, 0);
					i += count;
				}
				case CharType.HANZI -> {
					addWordsFrom(i);
					i++;
				}
				case CharType.LETTER, CharType.FULLWIDTH_LETTER -> i = addRun(i, CharType.LETTER, CharType.FULLWIDTH_LETTER,
						WordType.STRING, WordType.FULLWIDTH_STRING, stringFrequency);
				case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> i = addRun(i, CharType.DIGIT, CharType.FULLWIDTH_DIGIT,
						WordType.NUMBER, WordType.FULLWIDTH_NUMBER, numberFrequency);
				case CharType.DELIMITER -> {
					addNode(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE);
					i++;
				}
				default -> {
					addNode(i, i + 1, WordType.STRING, stringFrequency);
					i++;
				}
			}
		}
		addNode(length, length + 1, WordType.SENTENCE_END, endFrequency);
		int next = length;
		for (int p = length; p >= 0; p--) {
			if (firstAt[p] >= 0) {
				next = p;
			}
			nextOccupied[p] = next;
		}
	}

	/**
	 * A run of letters (or digits), half- or full-width mixed, starting at {@code i}: one node, full-width when any
	 * character is. Answers where the run ends.
	 */
	private int addRun(int i, int halfWidth, int fullWidth, int wordType, int fullWidthWordType, int frequency) {
		boolean anyFullWidth = false;
		int j = i;
		while (j < length && (TYPES[text[j]] == halfWidth || TYPES[text[j]] == fullWidth)) {
			anyFullWidth |= TYPES[text[j]] == fullWidth;
			j++;
		}
		addNode(i, j, anyFullWidth ? fullWidthWordType : wordType, frequency);
		return j;
	}

	/** The character at {@code i} alone, then every longer dictionary word starting there (spaces skipped). */
	private void addWordsFrom(int i) {
		int node = words.child(0, text[i]);
		addNode(i, i + 1, WordType.CHINESE_WORD, node < 0 ? 0 : Math.max(0, words.frequency(node)));
		int chars = 1;
		int j = i + 1;
		while (node >= 0) {
			int frequency = words.frequency(node);
			if (chars > 1 && frequency >= 0) {
				addNode(i, j, WordType.CHINESE_WORD, frequency);
			}
			while (j < length && TYPES[text[j]] == CharType.SPACE_LIKE) {
				j++;
			}
			if (j >= length || TYPES[text[j]] != CharType.HANZI) {
				return;
			}
			node = words.child(node, text[j]);
			chars++;
			j++;
		}
	}

	private void addNode(int start, int end, int type, int frequency) {
		if (nodes == starts.length) {
			int size = nodes * 2;
			starts = Arrays.copyOf(starts, size);
			ends = Arrays.copyOf(ends, size);
			wordTypes = Arrays.copyOf(wordTypes, size);
			frequencies = Arrays.copyOf(frequencies, size);
			pairHashes = Arrays.copyOf(pairHashes, size);
			pairSeconds = Arrays.copyOf(pairSeconds, size);
			costs = Arrays.copyOf(costs, size);
			previous = Arrays.copyOf(previous, size);
		}
		starts[nodes] = start;
		ends[nodes] = end;
		wordTypes[nodes] = (byte) type;
		frequencies[nodes] = frequency;
		if (start >= 0 && start < length) {
			if (firstAt[start] < 0) {
				firstAt[start] = nodes;
			}
			long hash = foldText(SmartcnDictionaries.FNV_OFFSET, SmartcnDictionaries.DJB_OFFSET, nodes);
			int second = foldedSecond;
			pairHashes[nodes] = SmartcnDictionaries.fold(hash, PAIR_SEPARATOR);
			pairSeconds[nodes] = SmartcnDictionaries.fold(second, PAIR_SEPARATOR);
		}
		else if (start == length) {
			firstAt[start] = nodes;
		}
		nodes++;
	}

	/** The text smartcn's graph holds for a string, number or end node; {@code null}: the node's own characters. */
	private char[] placeholder(int node) {
		return switch (wordTypes[node]) {
			case WordType.STRING, WordType.FULLWIDTH_STRING -> Utility.STRING_CHAR_ARRAY;
			case WordType.NUMBER, WordType.FULLWIDTH_NUMBER -> Utility.NUMBER_CHAR_ARRAY;
			case WordType.SENTENCE_END -> Utility.END_CHAR_ARRAY;
			default -> null;
		};
	}

	/** The frequency of the pair (node {@code from}, node {@code to}): both hashes continued by {@code to}'s text. */
	private int pairFrequency(int from, int to) {
		long hash = foldText(pairHashes[from], pairSeconds[from], to);
		return words.pairFrequency(hash, foldedSecond);
	}

	/** The second hash {@link #foldText} continued, beside the first it answers. */
	private int foldedSecond;

	/**
	 * smartcn's two pair hashes continued by the node's text as its graph holds it (a placeholder for strings and
	 * numbers, else the node's characters without spaces): answers the first, leaves the second in
	 * {@link #foldedSecond}.
	 */
	private long foldText(long hash, int second, int node) {
		char[] placeholder = placeholder(node);
		if (placeholder != null) {
			for (char ch : placeholder) {
				hash = SmartcnDictionaries.fold(hash, ch);
				second = SmartcnDictionaries.fold(second, ch);
			}
		}
		else {
			for (int i = starts[node]; i < ends[node]; i++) {
				if (TYPES[text[i]] != CharType.SPACE_LIKE) {
					hash = SmartcnDictionaries.fold(hash, text[i]);
					second = SmartcnDictionaries.fold(second, text[i]);
				}
			}
		}
		foldedSecond = second;
		return hash;
	}

	/**
	 * Viterbi over the graph, pushing each node's cost forward in node order; with a strict comparison that keeps
	 * the first cheapest predecessor, as smartcn's pull over its edge lists does.
	 */
	private void findCheapestPath() {
		int last = nodes - 1;
		costs[0] = 0;
		Arrays.fill(costs, 1, nodes, Double.MAX_VALUE);
		for (int from = 0; from < last; from++) {
			double wordFrequency = frequencies[from];
			double unpaired = unpairedWeight(frequencies[from]);
			int position = nextOccupied[ends[from]];
			double base = costs[from];
			for (int to = firstAt[position]; to < nodes && starts[to] == position; to++) {
				int pairFrequency = pairFrequency(from, to);
				double cost = base + (pairFrequency == 0 ? unpaired : weight(wordFrequency, pairFrequency));
				if (cost < costs[to]) {
					costs[to] = cost;
					previous[to] = from;
				}
			}
		}
		int count = 0;
		for (int node = previous[last]; node != 0; node = previous[node]) {
			count++;
		}
		if (path.length < count) {
			path = new int[Math.max(count, path.length * 2)];
		}
		pathLength = count;
		for (int node = previous[last]; node != 0; node = previous[node]) {
			path[--count] = node;
		}
	}

	/** Recent {@link #weight}s of words without a pair frequency, by the word's frequency (direct-mapped). */
	private final int[] unpairedFrequencies = new int[1024];

	private final double[] unpairedWeights = new double[1024];

	{
		Arrays.fill(unpairedFrequencies, -1);
	}

	/**
	 * {@code weight(frequency, 0)}, the weight of every edge from a word that does not pair with the next: asked
	 * for each node, and the same few frequencies (common characters and words) come back all the time.
	 */
	private double unpairedWeight(int frequency) {
		int slot = frequency & (unpairedFrequencies.length - 1);
		if (unpairedFrequencies[slot] != frequency) {
			unpairedWeights[slot] = weight(frequency, 0);
			unpairedFrequencies[slot] = frequency;
		}
		return unpairedWeights[slot];
	}

	/** smartcn's edge weight: -log of the smoothed probability of the pair. */
	private static double weight(double oneWordFreq, int wordPairFreq) {
		double smooth = 0.1;
		double tinyDouble = 1.0 / Utility.MAX_FREQUENCE;
		return -Math.log(smooth * (1.0 + oneWordFreq) / (Utility.MAX_FREQUENCE + 0.0)
				+ (1.0 - smooth) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
	}

}
