package org.liandong.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;

/**
 * Weihai place names, full and short (环翠区/环翠, 竹岛街道/竹岛, 经区), to regions. A name that several regions share
 * resolves only when another name in the text (its district or street) says which one is meant; otherwise the answer
 * is the most specific region all readings agree on, or nothing, never a guess. A community's short name without
 * its suffix (楼下, 大桥, 幸福: often ordinary words) counts only as {@link CommunityNames} says.
 */
final class Gazetteer {

	/** A resolution: a region code, or null with a reason. */
	record Resolution(String regionCode, String reason) {
	}

	private final Map<String, List<Region>> byName = new HashMap<>();

	private final Map<String, Region> byCode = new HashMap<>();

	private final List<String> names;

	/** The names that are some community's short name without a suffix (楼下, 大桥; not 东南村). */
	private final Set<String> communityShortNames = new HashSet<>();

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
		this(regions, Map.of());
	}

	/**
	 * @param aliases other names people say for a region, by region code (高新区, 经开区, 临港: the data's
	 *        {@code place-aliases.csv}); a code the regions do not hold is left out
	 */
	Gazetteer(List<Region> regions, Map<String, List<String>> aliases) {
		Region city = regions.stream().filter(r -> r.level() == RegionLevel.CITY).findFirst().orElse(null);
		for (Region region : regions) {
			byCode.put(region.code(), region);
			if (region.level() == RegionLevel.CITY) {
				continue;
			}
			add(region.name(), region);
			// 威海经济技术开发区 is said without the city's name too: 经济技术开发区
			String local = withoutCity(region, city);
			if (local != null) {
				add(local, region);
			}
			if (region.shortName() != null && region.shortName().length() >= 2) {
				add(region.shortName(), region);
				if (region.level() == RegionLevel.COMMUNITY && !region.shortName().equals(region.name())
						&& !CommunityNames.carriesSuffix(region.shortName())) {
					communityShortNames.add(region.shortName());
				}
			}
		}
		aliases.forEach((code, said) -> {
			Region region = byCode.get(code);
			if (region != null && region.level() != RegionLevel.CITY) {
				said.stream().map(String::strip).filter(a -> a.length() >= 2).forEach(a -> add(a, region));
			}
		});
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

	/** A district's or street's name less the city's name it starts with (威海临港经济技术开发区), else null. */
	private static String withoutCity(Region region, Region city) {
		if (city == null || region.level() == RegionLevel.COMMUNITY) {
			return null;
		}
		for (String prefix : new String[] { city.name(), city.shortName() }) {
			if (prefix != null && prefix.length() >= 2 && region.name().startsWith(prefix)
					&& region.name().length() - prefix.length() >= 3) {
				return region.name().substring(prefix.length());
			}
		}
		return null;
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

	/**
	 * A name found in the text at {@code at}, with the length of the community suffix right after it (楼下 + 村)
	 * when the name is a community's short name: the suffix is part of what the name claims.
	 */
	private record Found(String name, int rank, int at, int suffix) {

		int length() {
			return name.length() + suffix;
		}

		String in(String text) {
			return text.substring(at, at + length());
		}
	}

	Resolution resolve(String address) {
		if (address == null || address.isBlank()) {
			return new Resolution(null, "NO_ADDRESS");
		}
		String text = address.strip();
		List<Found> candidates = candidates(text);
		// a community short name that turns out not to be a name here gives its characters back to the names
		// inside it, and the text is read again (竹岛路 without confirmation leaves 竹岛)
		Set<Found> released = Set.of();
		while (true) {
			List<Found> found = claim(candidates, released, text.length());
			if (found.isEmpty()) {
				return new Resolution(null,
						released.isEmpty() ? "NO_PLACE_NAME" : "UNCONFIRMED_NAME:" + join(released, text));
			}
			// how many distinct names read as each region: a name does not confirm itself (人和 is a town and a
			// village of that town; the town does not make the village)
			Map<String, Integer> hits = new HashMap<>();
			boolean aboveCommunity = false;
			for (int i = 0; i < found.size(); i++) {
				if (!sameNameBefore(found, i)) {
					for (Region r : byName.get(found.get(i).name())) {
						hits.merge(r.code(), 1, Integer::sum);
						aboveCommunity |= r.level() != RegionLevel.COMMUNITY;
					}
				}
			}
			List<Found> names = new ArrayList<>();
			// every reading that counts, with its support from the other names (its ancestors they name) and the
			// name it was read from
			Map<Region, Integer> supports = new LinkedHashMap<>();
			Map<Region, Found> readFrom = new HashMap<>();
			for (Found f : found) {
				boolean name = false;
				for (Region region : byName.get(f.name())) {
					int support = support(region, hits, f.name());
					boolean counts;
					if (bare(f, region)) {
						// 车道 in 乳山市城区街道…机动车道 is no village of another street: the street named says where
						counts = support > 0 && !CommunityNames.otherNameAt(text, f.at() + f.name().length())
								&& !streetNamedElsewhere(region, f, found);
						name |= counts;
					}
					else if (shortForAnotherStreet(f, region, found)) {
						// 东山 in 张村镇东山路口, 港湾 in 龙山路街道港湾花园: a road or an estate of the street the text
						// names in full, not the street elsewhere that bears the name
						counts = false;
					}
					else {
						name = true;
						// a village name alone (水井村) does not beat a street or district name
						counts = support > 0 || region.level() != RegionLevel.COMMUNITY || !aboveCommunity;
					}
					if (counts && (!supports.containsKey(region) || supports.get(region) < support)) {
						supports.put(region, support);
						readFrom.put(region, f);
					}
				}
				if (name) {
					names.add(f);
				}
				else {
					if (released.isEmpty()) {
						released = new LinkedHashSet<>();
					}
					released.add(f);
				}
			}
			if (names.size() < found.size()) {
				continue;
			}
			String reason = join(names, text);
			// the readings with the most support; of them the most specific, when the others are its ancestors
			int most = supports.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
			List<Region> readings = supports.entrySet().stream().filter(e -> e.getValue() == most)
				.map(Map.Entry::getKey).toList();
			Region deepest = readings.stream().max(Comparator.comparingInt(r -> r.level().ordinal())).orElse(null);
			if (deepest != null && readings.stream().allMatch(r -> isSameOrBelow(deepest.code(), r.code()))) {
				// a district or street named in the text that is not this place's says another place
				return conflicting(deepest, names) ? new Resolution(null, "CONFLICTING_NAMES:" + reason)
						: new Resolution(deepest.code(), "NAME:" + reason);
			}
			String common = readings.isEmpty() ? null : commonAncestor(readings);
			if (common != null && byCode.get(common).level() != RegionLevel.CITY) {
				return new Resolution(common, "NAME_AMBIGUOUS_BELOW:" + reason);
			}
			// one name several places bear (开发区), or names of places apart (文登区 + 竹岛街道)
			boolean oneName = readings.stream().map(readFrom::get).map(f -> f.at() + ":" + f.length()).distinct()
				.count() == 1; // (东北村 read as 东北村 and as 东北 + 村 is one name)
			return new Resolution(null, (oneName ? "AMBIGUOUS_NAME:" : "CONFLICTING_NAMES:") + reason);
		}
	}

	/**
	 * Whether the text names in full a street or district none of whose readings is the place or above or below it:
	 * 文登区 beside 竹岛街道 (环翠区), 荣成市 beside 龙山路街道 (文登区). Village names and short names are not asked
	 * (ordinary words, parts of roads' names).
	 */
	private boolean conflicting(Region place, List<Found> names) {
		for (Found f : names) {
			List<Region> readings = byName.get(f.name());
			// only a name written in full says another place (文登区, 竹岛街道); a short one is often part of a road's
			// or an estate's name (东山路, 港湾花园)
			if (readings.stream().noneMatch(r -> (r.level() == RegionLevel.DISTRICT || r.level() == RegionLevel.STREET)
					&& r.name().equals(f.name()))) {
				continue;
			}
			if (readings.stream().noneMatch(r -> isSameOrBelow(place.code(), r.code())
					|| isSameOrBelow(r.code(), place.code()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the name reads the street by its short name (东山 for 东山街道) while the text names another street in
	 * full (张村镇): the short name is then part of a road's or an estate's name there.
	 */
	private boolean shortForAnotherStreet(Found f, Region region, List<Found> found) {
		if (region.level() != RegionLevel.STREET || f.name().equals(region.name())) {
			return false;
		}
		for (Found g : found) {
			if (g != f && byName.get(g.name()).stream()
				.anyMatch(r -> r.level() == RegionLevel.STREET && r != region && r.name().equals(g.name()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether another name of the text reads only as streets the community does not lie in. */
	private boolean streetNamedElsewhere(Region community, Found bareName, List<Found> found) {
		for (Found g : found) {
			if (g == bareName || g.name().equals(bareName.name())) {
				continue;
			}
			List<Region> streets = byName.get(g.name()).stream().filter(r -> r.level() == RegionLevel.STREET).toList();
			if (!streets.isEmpty() && streets.stream().noneMatch(st -> isSameOrBelow(community.code(), st.code()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text without the names in it that read only as districts or streets (full, short or said: 经济技术开发区,
	 * 环翠区, 竹岛): each is taken out as the names claim their characters, longest first.
	 */
	String withoutDistrictAndStreetNames(String text) {
		List<Found> found = claim(candidates(text), Set.of(), text.length());
		boolean[] drop = null;
		for (Found f : found) {
			if (byName.get(f.name()).stream()
				.allMatch(r -> r.level() == RegionLevel.DISTRICT || r.level() == RegionLevel.STREET)) {
				if (drop == null) {
					drop = new boolean[text.length()];
				}
				mark(drop, f.at(), f.length());
			}
		}
		if (drop == null) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!drop[i]) {
				out.append(text.charAt(i));
			}
			else if (i == 0 || !drop[i - 1]) {
				out.append(' ');
			}
		}
		return out.toString();
	}

	/** Whether the region reads the name as a bare community short name (see {@link CommunityNames}). */
	private static boolean bare(Found found, Region region) {
		return region.level() == RegionLevel.COMMUNITY && found.suffix() == 0 && !found.name().equals(region.name())
				&& !CommunityNames.carriesSuffix(found.name());
	}

	/** Every name in the text, in the order in which they claim their characters: longest first, then left to right. */
	private List<Found> candidates(String text) {
		List<Found> candidates = new ArrayList<>();
		for (long occurrence : occurrences(text)) {
			int rank = (int) (occurrence >>> 32);
			int at = (int) occurrence;
			String name = names.get(rank);
			int suffix = communityShortNames.contains(name) ? CommunityNames.suffixAt(text, at + name.length()) : 0;
			candidates.add(new Found(name, rank, at, suffix));
		}
		candidates.sort(Comparator.comparingInt(Found::length).reversed()
			.thenComparingInt(Found::rank)
			.thenComparingInt(Found::at));
		return candidates;
	}

	private List<Found> claim(List<Found> candidates, Set<Found> released, int length) {
		List<Found> found = new ArrayList<>();
		boolean[] used = new boolean[length];
		for (Found f : candidates) {
			if (released.contains(f)) {
				continue;
			}
			if (!overlaps(used, f.at(), f.length())) {
				mark(used, f.at(), f.length());
				found.add(f);
			}
			else if (found.stream().anyMatch(g -> g.at() == f.at() && g.length() == f.length() && !isFullName(g))) {
				found.add(f); // the same words read as another short name (西北村, or 西北 + 村): both readings count
			}
		}
		return found;
	}

	private boolean isFullName(Found found) {
		return found.suffix() == 0 && byName.get(found.name()).stream().anyMatch(r -> r.name().equals(found.name()));
	}

	private static String join(Collection<Found> found, String text) {
		return found.stream().map(f -> f.in(text)).distinct().collect(Collectors.joining("+"));
	}

	private static boolean sameNameBefore(List<Found> found, int i) {
		for (int j = 0; j < i; j++) {
			if (found.get(j).name().equals(found.get(i).name())) {
				return true;
			}
		}
		return false;
	}

	/** How many of the region's ancestors the other names of the text name (hits: names per region code). */
	private int support(Region region, Map<String, Integer> hits, String name) {
		List<Region> own = byName.get(name);
		int support = 0;
		for (Region up = parent(region); up != null; up = parent(up)) {
			Integer names = hits.get(up.code());
			if (names != null && names - (own.contains(up) ? 1 : 0) > 0) {
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
