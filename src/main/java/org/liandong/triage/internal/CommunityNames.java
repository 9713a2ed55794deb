package org.liandong.triage.internal;

/**
 * When a community's or village's short name in a text names that community. Short names are the names without
 * their suffix (楼下村委会 → 楼下, 大桥居委会 → 大桥, 幸福居委会 → 幸福), and hundreds of them are ordinary words
 * (楼下 downstairs, 大桥 bridge, 幸福, 国家, 房屋, 花园). So a bare short name does not name the community on its own:
 * <ul>
 * <li>followed by a community suffix (楼下村, 大桥社区, 幸福居委会) it does;</li>
 * <li>followed by the head of another kind of name (幸福路, 幸福北路, 阳光小区, 光明广场) it is part of that name (a
 * road, an estate), not the community, whatever else the text says;</li>
 * <li>otherwise it needs a higher name of the same community in the text (its street or town, or its district):
 * 环翠楼街道大桥 is the community, 大桥下面 is not.</li>
 * </ul>
 * A short name that keeps a suffix of its own after at least two characters (东南村, 河北新村) is a name already.
 */
final class CommunityNames {

	/** Longest first: the first that matches is the one taken. */
	private static final String[] SUFFIXES = { "村民委员会", "居民委员会", "社区居委会", "村委会", "居委会", "社区", "居委", "村" };

	/** Heads of road, estate and building names, which a community's short name may begin. */
	private static final String[] OTHER_NAMES = { "路", "街", "巷", "弄", "胡同", "大道", "小区", "花园", "家园", "公寓", "大厦",
			"广场", "公园", "市场", "商场", "学校", "小学", "中学", "幼儿园", "医院", "酒店", "宾馆" };

	private CommunityNames() {
	}

	/** The length of the community suffix at {@code at} in the text, or 0 when there is none. */
	static int suffixAt(String text, int at) {
		for (String suffix : SUFFIXES) {
			if (text.startsWith(suffix, at)) {
				return suffix.length();
			}
		}
		return 0;
	}

	/**
	 * Whether the text at {@code at} goes on with the head of a road, estate or building name, after a direction
	 * perhaps (幸福路, 幸福北路).
	 */
	static boolean otherNameAt(String text, int at) {
		return headAt(text, at) || at < text.length() && "东西南北中".indexOf(text.charAt(at)) >= 0 && headAt(text, at + 1);
	}

	private static boolean headAt(String text, int at) {
		for (String head : OTHER_NAMES) {
			if (text.startsWith(head, at)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a short name ends with a community suffix after at least two characters (东南村, not 新村). */
	static boolean carriesSuffix(String shortName) {
		for (String suffix : SUFFIXES) {
			if (shortName.endsWith(suffix) && shortName.length() - suffix.length() >= 2) {
				return true;
			}
		}
		return false;
	}
}
