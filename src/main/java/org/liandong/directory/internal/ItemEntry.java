package org.liandong.directory.internal;

import org.liandong.directory.Item;

/** A stored item: its text form (for the API and export), the checked item, and its version. */
record ItemEntry(ItemDraft draft, Item item, long version) {
}
