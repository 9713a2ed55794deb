package org.liandong.triage.internal;

import org.liandong.directory.Item;

/** The text that describes an item for matching: name and keywords weigh more than the path and description. */
final class ItemTexts {

	private ItemTexts() {
	}

	static String describe(Item item) {
		String keywords = String.join(" ", item.keywords());
		return String.join(" ", item.name(), item.name(), keywords, keywords, String.join(" ", item.path()),
				item.description() == null ? "" : item.description());
	}
}
