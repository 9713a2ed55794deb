package org.liandong.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

import org.apache.lucene.analysis.cn.smart.Utility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * smartcn's word dictionary and word-pair dictionary, read from the smartcn jar, for the lookups the segmenter makes.
 * <p>
 * Words: smartcn binary-searches a sorted word list per first character for every prefix it tries; here the lists
 * become a trie. The trie answers exactly what the binary searches answer only when each list is strictly sorted and
 * each first character has one list; {@link #build} checks that and gives {@code null} when it does not hold (a
 * different smartcn version, a damaged jar), and the analyser then falls back to smartcn itself.
 * <p>
 * Word pairs: smartcn's own hash table (keyed by its 64-bit hash of {@code "word1@word2"}, probed with a second
 * hash), looked up the way smartcn does, with both hashes computed incrementally by {@link ChineseSegmenter} instead
 * of from a new string per pair, and a Bloom filter in front.
 */
final class SmartcnDictionaries {

	private static final Logger log = LoggerFactory.getLogger(SmartcnDictionaries.class);

	private static final String WORDS = "org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem";

	private static final String PAIRS = "org/apache/lucene/analysis/cn/smart/hhmm/bigramdict.mem";

	static final long FNV_OFFSET = 0xcbf29ce484222325L;

	static final long FNV_PRIME = 1099511628211L;

	static final int DJB_OFFSET = 5381;

	private static final int PAIR_FILTER_BITS = 21;

	/** Trie nodes are numbered below 2^24: an edge's key and its child share one long. */
	private static final int NODE_BITS = 24;

	/**
	 * Trie edges in one open-addressing table: an entry is {@code (node << 16 | char) << 24 | child}, 0 for an empty
	 * slot. Node 0 is the root; its edges are also in {@link #firstChars}.
	 */
	private final long[] edges;

	private final int edgeMask;

	/** The root's children by character, looked up once per character of a text. */
	private final int[] firstChars;

	/** Per node, the word's frequency, or -1 when the path to the node is only a prefix. */
	private final int[] frequencies;

	/** smartcn's pair table: hash (0: empty slot) and frequency, probed by double hashing. */
	private final long[] pairHashes;

	private final int[] pairFrequencies;

	/**
	 * A Bloom filter in front of the pair table: most adjacent candidate words are not a known pair, and the filter
	 * (a quarter of a megabyte, mostly in cache; larger ones measured slower) says so without probing the table (a
	 * cache miss or more).
	 */
	private final long[] pairFilter = new long[1 << (PAIR_FILTER_BITS - 6)];

	private SmartcnDictionaries(long[] edges, int[] frequencies, long[] pairHashes, int[] pairFrequencies) {
		this.edges = edges;
		this.edgeMask = edges.length - 1;
		this.frequencies = frequencies;
		this.pairHashes = pairHashes;
		this.pairFrequencies = pairFrequencies;
		this.firstChars = new int[Character.MAX_VALUE + 1];
		for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
			firstChars[ch] = edge(0, (char) ch);
		}
		for (long hash : pairHashes) {
			if (hash != 0) {
				pairFilter[filterBit(hash, 0x9E3779B97F4A7C15L) >>> 6] |= 1L << filterBit(hash, 0x9E3779B97F4A7C15L);
				pairFilter[filterBit(hash, 0xC2B2AE3D27D4EB4FL) >>> 6] |= 1L << filterBit(hash, 0xC2B2AE3D27D4EB4FL);
			}
		}
	}

	private static final class Holder {

		static final SmartcnDictionaries INSTANCE = load();

	}

	/** The shared instance, or {@code null} when smartcn's data could not be rebuilt faithfully. */
	static SmartcnDictionaries instance() {
		return Holder.INSTANCE;
	}

	static SmartcnDictionaries load() {
		try {
			Object[] words = read(WORDS, 4);
			Object[] pairs = read(PAIRS, 2);
			SmartcnDictionaries loaded = build((short[]) words[0], (char[]) words[1], (char[][][]) words[2],
					(int[][]) words[3], (long[]) pairs[0], (int[]) pairs[1]);
			if (loaded == null) {
				log.warn("smartcn's dictionaries are not in the expected shape; using smartcn's own (slower) segmenter");
			}
			return loaded;
		}
		catch (IOException | ClassNotFoundException | RuntimeException ex) {
			log.warn("Could not read smartcn's dictionaries ({}); using smartcn's own (slower) segmenter",
					ex.toString());
			return null;
		}
	}

	private static Object[] read(String resource, int objects) throws IOException, ClassNotFoundException {
		ClassLoader loader = Utility.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException(resource + " not found");
			}
			try (ObjectInputStream input = new ObjectInputStream(in)) {
				input.setObjectInputFilter(SmartcnDictionaries::primitiveArraysOnly);
				Object[] result = new Object[objects];
				for (int i = 0; i < objects; i++) {
					result[i] = input.readObject();
				}
				return result;
			}
		}
	}

	private static ObjectInputFilter.Status primitiveArraysOnly(ObjectInputFilter.FilterInfo info) {
		Class<?> type = info.serialClass();
		if (type == null) {
			return ObjectInputFilter.Status.UNDECIDED;
		}
		while (type.isArray()) {
			type = type.getComponentType();
		}
		return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
	}

	/**
	 * The dictionaries from smartcn's arrays: its character index ({@code charOfSlot[s]}'s word list is
	 * {@code suffixes[tableOfSlot[s]]}, the words without their first character, null for the character alone), and
	 * its pair table. {@code null} when the word lists are not as smartcn's binary searches need them.
	 */
	static SmartcnDictionaries build(short[] tableOfSlot, char[] charOfSlot, char[][][] suffixes,
			int[][] suffixFrequencies, long[] pairHashes, int[] pairFrequencies) {
		if (pairHashes.length != pairFrequencies.length || pairHashes.length == 0) {
			return null;
		}
		Trie trie = new Trie();
		boolean[] seen = new boolean[Character.MAX_VALUE + 1];
		for (int slot = 0; slot < charOfSlot.length; slot++) {
			char first = charOfSlot[slot];
			if (first == 0 || tableOfSlot[slot] < 0) {
				continue;
			}
			if (seen[first]) {
				return null;
			}
			seen[first] = true;
			char[][] table = suffixes[tableOfSlot[slot]];
			int[] tableFrequencies = suffixFrequencies[tableOfSlot[slot]];
			if (table == null || table.length == 0) {
				continue;
			}
			for (int i = 1; i < table.length; i++) {
				if (Utility.compareArray(table[i - 1], 0, table[i], 0) >= 0) {
					return null;
				}
			}
			int top = trie.child(0, first);
			for (int i = 0; i < table.length; i++) {
				int node = top;
				char[] suffix = table[i];
				for (int c = 0; suffix != null && c < suffix.length; c++) {
					node = trie.child(node, suffix[c]);
				}
				trie.frequencies[node] = tableFrequencies[i];
			}
			if (trie.nodes >= 1 << NODE_BITS) {
				return null;
			}
		}
		int capacity = Integer.highestOneBit(Math.max(16, trie.nodes * 2) - 1) << 1;
		long[] edges = new long[capacity];
		trie.edges.forEach((key, child) -> {
			int slot = slot(key, capacity - 1);
			while (edges[slot] != 0) {
				slot = (slot + 1) & (capacity - 1);
			}
			edges[slot] = key << NODE_BITS | child;
		});
		return new SmartcnDictionaries(edges, java.util.Arrays.copyOf(trie.frequencies, trie.nodes), pairHashes,
				pairFrequencies);
	}

	/** The trie while it is built: boxed, once, at start-up. */
	private static final class Trie {

		final java.util.HashMap<Long, Integer> edges = new java.util.HashMap<>();

		int[] frequencies = new int[1 << 16];

		int nodes = 1;

		Trie() {
			java.util.Arrays.fill(frequencies, -1);
		}

		int child(int node, char ch) {
			return edges.computeIfAbsent(key(node, ch), k -> {
				if (nodes == frequencies.length) {
					int old = frequencies.length;
					frequencies = java.util.Arrays.copyOf(frequencies, old * 2);
					java.util.Arrays.fill(frequencies, old, old * 2, -1);
				}
				return nodes++;
			});
		}

	}

	private static long key(int node, char ch) {
		return ((long) node << 16) | ch;
	}

	private static int slot(long key, int mask) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & mask;
	}

	private int edge(int node, char ch) {
		long key = key(node, ch);
		int slot = slot(key, edgeMask);
		while (true) {
			long entry = edges[slot];
			if (entry == 0) {
				return -1;
			}
			if (entry >>> NODE_BITS == key) {
				return (int) (entry & ((1 << NODE_BITS) - 1));
			}
			slot = (slot + 1) & edgeMask;
		}
	}

	/** The node reached from {@code node} by {@code ch}, or -1 when no word continues that way. */
	int child(int node, char ch) {
		return node == 0 ? firstChars[ch] : edge(node, ch);
	}

	/** The frequency of the word ending at {@code node}, or -1 when it is only a prefix. */
	int frequency(int node) {
		return frequencies[node];
	}

	/** The frequency of a whole word (0 when unknown), as smartcn's {@code WordDictionary.getFrequency}. */
	int frequency(char[] word) {
		int node = 0;
		for (char ch : word) {
			node = child(node, ch);
			if (node < 0) {
				return 0;
			}
		}
		return Math.max(0, frequencies[node]);
	}

	/**
	 * The frequency of a word pair (0 when unknown) from smartcn's two hashes of {@code "word1@word2"}
	 * ({@link #fold(long, char)}, {@link #fold(int, char)}), probing smartcn's table as smartcn does.
	 */
	int pairFrequency(long hash, int secondHash) {
		if ((pairFilter[filterBit(hash, 0x9E3779B97F4A7C15L) >>> 6] & (1L << filterBit(hash, 0x9E3779B97F4A7C15L))) == 0
				|| (pairFilter[filterBit(hash, 0xC2B2AE3D27D4EB4FL) >>> 6]
						& (1L << filterBit(hash, 0xC2B2AE3D27D4EB4FL))) == 0) {
			return 0;
		}
		int length = pairHashes.length;
		int first = (int) (hash % length);
		int step = secondHash % length;
		if (first < 0) {
			first += length;
		}
		if (step < 0) {
			step += length;
		}
		int index = first;
		int i = 1;
		while (pairHashes[index] != 0 && pairHashes[index] != hash && i < length) {
			index = (first + i * step) % length;
			i++;
		}
		return i < length && pairHashes[index] == hash ? pairFrequencies[index] : 0;
	}

	private static int filterBit(long hash, long multiplier) {
		return (int) ((hash * multiplier) >>> (64 - PAIR_FILTER_BITS));
	}

	/** smartcn's first pair hash, one character further: FNV over the low and the high byte. */
	static long fold(long hash, char ch) {
		hash = (hash ^ (ch & 0x00FF)) * FNV_PRIME;
		return (hash ^ (ch >> 8)) * FNV_PRIME;
	}

	/** smartcn's second pair hash (djb2 over the low and the high byte, as smartcn writes it), one character further. */
	static int fold(int hash, char ch) {
		hash = ((hash << 5) + hash) + ch & 0x00FF;
		return ((hash << 5) + hash) + ch >> 8;
	}

}
