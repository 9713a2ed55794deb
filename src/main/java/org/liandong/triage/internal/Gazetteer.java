package org.liandong.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;

/**
 * Weihai place names, full and short (环翠区/环翠, 竹岛街道/竹岛, 经区), to regions. A name that several regions share
 * resolves only when another name in the text (its district or street) says which one is meant; otherwise the answer
 * is the most specific region all readings agree on, or nothing, never a guess.
 */
final class Gazetteer {

	/** A resolution: a region code, or null with a reason. */
	record Resolution(String regionCode, String reason) {
	}

	private final Map<String, List<Region>> byName = new HashMap<>();

	private final Map<String, Region> byCode = new HashMap<>();

	private final List<String> names;

	/**
	 * Ranks (indexes in {@link #names}) of the names that start with a character, by character: an array, as a map
	 * boxed every character of every text.
	 */
	private final int[][] byFirstChar = new int[Character.MAX_VALUE + 1][];

	/**
	 * Beside {@link #byFirstChar}: each name's second character, compared before the whole name, as most names
	 * that start with a character of the text do not go on with the next one.
	 */
	private final char[][] secondChars = new char[Character.MAX_VALUE + 1][];

	Gazetteer(List<Region> regions) {
		for (Region region : regions) {
			byCode.put(region.code(), region);
			if (region.level() == RegionLevel.CITY) {
				continue;
			}
			add(region.name(), region);
			if (region.shortName() != null && region.shortName().length() >= 2) {
				add(region.shortName(), region);
			}
		}
		names = new ArrayList<>(byName.keySet());
		names.sort(Comparator.comparingInt(String::length).reversed());
		Map<Character, List<Integer>> first = new HashMap<>();
		for (int rank = 0; rank < names.size(); rank++) {
			first.computeIfAbsent(names.get(rank).charAt(0), k -> new ArrayList<>()).add(rank);
		}
		first.forEach((ch, ranks) -> {
			byFirstChar[ch] = ranks.stream().mapToInt(Integer::intValue).toArray();
			secondChars[ch] = new char[ranks.size()];
			for (int i = 0; i < ranks.size(); i++) {
				String name = names.get(ranks.get(i));
				secondChars[ch][i] = name.length() > 1 ? name.charAt(1) : 0;
			}
		});
	}

	private void add(String name, Region region) {
		List<Region> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
		if (!list.contains(region)) {
			list.add(region);
		}
	}

	/**
	 * Every place name in the text as (rank of the name in {@link #names}, position), longest names first, then
	 * left to right: the order in which names claim their characters. One pass over the text, looking only at the
	 * names that start with each character (a request of 400 characters against thousands of names).
	 */
	private long[] occurrences(String text) {
		long[] out = new long[16];
		int size = 0;
		int length = text.length();
		for (int at = 0; at < length; at++) {
			char ch = text.charAt(at);
			int[] candidates = byFirstChar[ch];
			if (candidates == null) {
				continue;
			}
			char next = at + 1 < length ? text.charAt(at + 1) : 0;
			char[] seconds = secondChars[ch];
			for (int i = 0; i < candidates.length; i++) {
				int rank = candidates[i];
				if ((seconds[i] == next || seconds[i] == 0) && text.startsWith(names.get(rank), at)) {
					if (size == out.length) {
						out = Arrays.copyOf(out, size * 2);
					}
					out[size++] = ((long) rank << 32) | at;
				}
			}
		}
		long[] found = Arrays.copyOf(out, size);
		Arrays.sort(found);
		return found;
	}

	Region region(String code) {
		return byCode.get(code);
	}

	Resolution resolve(String address) {
		if (address == null || address.isBlank()) {
			return new Resolution(null, "NO_ADDRESS");
		}
		String text = address.strip();
		List<String> found = new ArrayList<>();
		boolean[] used = new boolean[text.length()];
		for (long occurrence : occurrences(text)) {
			String name = names.get((int) (occurrence >>> 32));
			int at = (int) occurrence;
			if (!overlaps(used, at, name.length())) {
				mark(used, at, name.length());
				found.add(name);
			}
		}
		if (found.isEmpty()) {
			return new Resolution(null, "NO_PLACE_NAME");
		}
		Set<Region> hits = new LinkedHashSet<>();
		found.forEach(name -> hits.addAll(byName.get(name)));
		// keep the readings with the most support from the other names (their ancestors)
		int best = -1;
		List<Region> readings = new ArrayList<>();
		boolean aboveCommunity = hits.stream().anyMatch(r -> r.level() != RegionLevel.COMMUNITY);
		for (String name : found) {
			for (Region region : byName.get(name)) {
				int support = support(region, hits);
				if (support == 0 && aboveCommunity && region.level() == RegionLevel.COMMUNITY) {
					continue; // a village name alone (水井, 北山) is too often an ordinary word
				}
				int score = support * 10 + region.level().ordinal();
				if (score > best) {
					best = score;
					readings.clear();
				}
				if (score == best && !readings.contains(region)) {
					readings.add(region);
				}
			}
		}
		if (readings.size() == 1) {
			return new Resolution(readings.get(0).code(), "NAME:" + String.join("+", found));
		}
		String common = commonAncestor(readings);
		if (common != null && byCode.get(common).level() != RegionLevel.CITY) {
			return new Resolution(common, "NAME_AMBIGUOUS_BELOW:" + String.join("+", found));
		}
		return new Resolution(null, "AMBIGUOUS_NAME:" + String.join("+", found));
	}

	private int support(Region region, Set<Region> hits) {
		int support = 0;
		for (Region up = parent(region); up != null; up = parent(up)) {
			if (hits.contains(up)) {
				support++;
			}
		}
		return support;
	}

	private Region parent(Region region) {
		return region.parentCode() == null ? null : byCode.get(region.parentCode());
	}

	/** Whether {@code code} is {@code ancestor} or lies below it. */
	boolean isSameOrBelow(String code, String ancestor) {
		for (Region r = byCode.get(code); r != null; r = parent(r)) {
			if (r.code().equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private String commonAncestor(List<Region> regions) {
		List<String> chain = new ArrayList<>();
		for (Region r = regions.get(0); r != null; r = parent(r)) {
			chain.add(r.code());
		}
		for (String candidate : chain) {
			if (regions.stream().allMatch(r -> isSameOrBelow(r.code(), candidate))) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean overlaps(boolean[] used, int at, int length) {
		for (int i = at; i < at + length; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

	private static void mark(boolean[] used, int at, int length) {
		for (int i = at; i < at + length; i++) {
			used[i] = true;
		}
	}
}
