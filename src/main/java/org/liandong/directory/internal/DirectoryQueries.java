package org.liandong.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.stereotype.Component;

/** Filtered, paged lists over the in-memory snapshot (a few thousand rows: filtering in memory is fast). */
@Component
class DirectoryQueries {

	private final InMemoryDirectory directory;

	DirectoryQueries(InMemoryDirectory directory) {
		this.directory = directory;
	}

	PageResult<Region> regions(RegionLevel level, String parent, String q, PageQuery page) {
		String text = lower(q);
		return page(directory.snapshot().regions.values().stream()
			.filter(r -> level == null || r.level() == level)
			.filter(r -> blank(parent) || parent.equals(r.parentCode()))
			.filter(r -> text == null || r.code().startsWith(text) || r.name().contains(text)
					|| r.shortName().contains(text)), page);
	}

	PageResult<Unit> units(UnitType type, String region, String q, PageQuery page) {
		DirectorySnapshot s = directory.snapshot();
		String text = lower(q);
		return page(s.units.values().stream()
			.filter(u -> type == null || u.type() == type)
			.filter(u -> blank(region) || (u.regionCode() != null && s.regionWithin(u.regionCode(), region)))
			.filter(u -> text == null || u.code().toLowerCase(Locale.ROOT).contains(text) || u.name().contains(text)),
				page);
	}

	PageResult<ItemEntry> items(String q, String domain, PageQuery page) {
		return page(directory.snapshot().items.values().stream()
			.filter(e -> blank(domain) || domain.strip().equals(e.item().domain()))
			.filter(matches(lower(q))), page);
	}

	private static Predicate<ItemEntry> matches(String text) {
		if (text == null) {
			return e -> true;
		}
		return e -> e.item().code().toLowerCase(Locale.ROOT).contains(text) || e.item().name().contains(text)
				|| e.item().path().stream().anyMatch(p -> p.contains(text))
				|| e.item().keywords().stream().anyMatch(k -> k.contains(text) || text.contains(k));
	}

	private static <T> PageResult<T> page(Stream<T> stream, PageQuery page) {
		List<T> all = stream.toList();
		List<T> content = all.stream().skip(page.offset()).limit(page.size()).toList();
		return PageResult.of(content, page, all.size());
	}

	private static String lower(String q) {
		return blank(q) ? null : q.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
