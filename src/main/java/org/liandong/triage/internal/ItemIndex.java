package org.liandong.triage.internal;

import java.util.List;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.ItemChanged;
import org.liandong.triage.internal.model.ItemMatcher;
import org.liandong.triage.internal.model.ItemMatcher.ItemText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The item matcher over the current responsibility list; rebuilt when an item changes. */
@Component
class ItemIndex {

	private final Directory directory;

	private volatile ItemMatcher matcher;

	ItemIndex(Directory directory) {
		this.directory = directory;
	}

	ItemMatcher matcher() {
		ItemMatcher m = matcher;
		if (m == null) {
			m = build();
			matcher = m;
		}
		return m;
	}

	@EventListener
	void on(ItemChanged changed) {
		matcher = null;
	}

	private ItemMatcher build() {
		List<ItemText> texts = directory.allItems().stream()
			.filter(Item::enabled)
			.filter(i -> i.domain() != null)
			.map(i -> new ItemText(i.code(), i.domain(), ItemTexts.describe(i)))
			.toList();
		return new ItemMatcher(texts);
	}
}
