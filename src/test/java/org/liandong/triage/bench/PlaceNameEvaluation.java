package org.liandong.triage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.liandong.LiandongApplication;
import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.triage.Places;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How well place names in text resolve ({@link Places#resolve} with an address only), on the Weihai directory. Not
 * a test: after {@code bench/triage.sh heap} (which writes the test classpath to
 * {@code target/bench-classpath.txt}), run {@code java -cp "target/test-classes:target/classes:$(cat
 * target/bench-classpath.txt)" org.liandong.triage.bench.PlaceNameEvaluation [TRAIN_CSV]}.
 * <p>
 * Texts that name a place, built from the directory (expected: that region; a name several regions share is left
 * out where it would be the only name), and texts that name none: ordinary hotline phrases and the Teddy Cup
 * letters, which come from another, anonymised city (expected: unresolved; any Weihai region is a false place).
 */
public final class PlaceNameEvaluation {

	/** Ordinary requests naming no place, many with words that are also village or community short names. */
	static final List<String> ORDINARY = List.of("小区楼下烧烤店油烟扰民", "楼下有人烧烤", "大桥下面有垃圾", "幸福路", "家门口的水井盖子坏了",
			"小区门口路灯不亮", "对面工地夜间施工噪音扰民", "路口红绿灯坏了", "广场舞音响声音太大", "新村那边停水了", "房屋漏水物业不管",
			"国家政策补贴没有发放", "阳光小区供暖不热", "光明路有个大坑", "花园里的树倒了", "码头附近有人乱扔垃圾", "河东有人钓鱼",
			"新建楼房没有验收", "东方红小学门口堵车", "朝阳街道路破损");

	private PlaceNameEvaluation() {
	}

	public static void main(String[] args) throws Exception {
		Path train = Path.of(args.length > 0 ? args[0] : "../shared/data/teddy2020/train.csv");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LiandongApplication.class)
			.profiles("test")
			.properties("server.port=0", "logging.level.org.liandong=WARN", "liandong.triage.demo-grids=false")
			.run()) {
			Places places = context.getBean(Places.class);
			Directory directory = context.getBean(Directory.class);
			Map<String, Integer> nameCount = new HashMap<>();
			for (Region r : directory.allRegions()) {
				nameCount.merge(r.name(), 1, Integer::sum);
				if (!r.shortName().equals(r.name())) {
					nameCount.merge(r.shortName(), 1, Integer::sum);
				}
			}
			Map<String, List<String[]>> sets = new LinkedHashMap<>();
			BiConsumer<String, String[]> add = (set, c) -> sets.computeIfAbsent(set, k -> new ArrayList<>()).add(c);
			int n = 0;
			for (Region r : directory.allRegions()) {
				if (r.level() == RegionLevel.CITY) {
					continue;
				}
				Region street = r.level() == RegionLevel.COMMUNITY ? directory.region(r.parentCode()).orElseThrow()
						: r;
				Region district = r.level() == RegionLevel.DISTRICT ? r
						: directory.region(street.parentCode()).orElseThrow();
				boolean unique = nameCount.get(r.name()) == 1;
				boolean uniqueShort = nameCount.get(r.shortName()) == 1;
				if (r.level() == RegionLevel.DISTRICT) {
					add.accept("district, full name", new String[] { r.name(), r.code() });
				}
				if (r.level() == RegionLevel.STREET) {
					add.accept("street, district + full name", new String[] { district.name() + r.name(), r.code() });
					if (unique) {
						add.accept("street, full name alone", new String[] { r.name(), r.code() });
					}
					if (uniqueShort) {
						add.accept("street, short name alone", new String[] { r.shortName(), r.code() });
					}
					add.accept("street, address with 幸福路…小区门口 (benchmark)", new String[] {
							"威海市" + district.name() + r.name() + "幸福路" + (++n % 90 + 1) + "号小区门口", r.code() });
				}
				if (r.level() == RegionLevel.COMMUNITY) {
					String suffix = r.name().contains("村") ? "村" : "社区";
					String suffixed = r.shortName().endsWith(suffix) ? r.shortName() : r.shortName() + suffix;
					add.accept("community, district + street + full name",
							new String[] { district.name() + street.name() + r.name(), r.code() });
					add.accept("community, district + street + short name + 村/社区",
							new String[] { district.name() + street.name() + suffixed, r.code() });
					add.accept("community, street + bare short name",
							new String[] { street.name() + r.shortName() + "附近", r.code() });
					if (unique) {
						add.accept("community, full name alone", new String[] { r.name(), r.code() });
					}
					if (uniqueShort) {
						add.accept("community, short name + 村/社区 alone", new String[] { suffixed, r.code() });
					}
				}
			}
			ORDINARY.forEach(text -> add.accept("ordinary phrases (no place)", new String[] { text, null }));
			if (Files.isReadable(train)) {
				for (LabelledText t : LabelledCsv.read(train, "text", "一级标签")) {
					add.accept("Teddy Cup letters, another city (no place)", new String[] { t.text(), null });
				}
			}
			System.out.printf(Locale.ROOT, "%-55s %7s %7s %7s%n", "set", "texts", "right", "rate");
			sets.forEach((set, cases) -> report(places, directory, set, cases));
		}
	}

	private static void report(Places places, Directory directory, String set, List<String[]> cases) {
		int right = 0;
		int communities = 0;
		List<String> wrong = new ArrayList<>();
		Map<String, Integer> falsePlaces = new HashMap<>();
		for (String[] c : cases) {
			Places.Place place = places.resolve(c[0], null, null, null);
			if (c[1] == null ? !place.resolved() : c[1].equals(place.regionCode())) {
				right++;
			}
			else if (wrong.size() < 3) {
				wrong.add(abbreviate(c[0]) + " → " + place.regionCode() + " " + place.reason());
			}
			if (c[1] == null && place.resolved()
					&& directory.region(place.regionCode()).map(Region::level).orElse(null) == RegionLevel.COMMUNITY) {
				communities++;
			}
			if (c[1] == null && place.resolved()) {
				falsePlaces.merge(directory.region(place.regionCode()).orElseThrow().level() + " " + place.reason(), 1,
						Integer::sum);
			}
		}
		System.out.printf(Locale.ROOT, "%-55s %7d %7d %7.4f%s%n", set, cases.size(), right,
				(double) right / cases.size(), communities > 0 ? "  (" + communities + " to a community)" : "");
		wrong.forEach(w -> System.out.println("    e.g. " + w));
		if (falsePlaces.size() > 3) {
			System.out.println("    most frequent false places: " + falsePlaces.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(12)
				.map(e -> e.getKey() + " ×" + e.getValue())
				.toList());
		}
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() <= 30 ? line : line.substring(0, 30) + "…";
	}
}
