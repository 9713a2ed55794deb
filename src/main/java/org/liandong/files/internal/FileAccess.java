package org.liandong.files.internal;

import java.util.List;

import org.liandong.files.FileReaders;
import org.liandong.files.FileStore;
import org.liandong.files.StoredFile;
import org.liandong.identity.Actor;
import org.liandong.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read a file: an administrator, its uploader, and whoever a module that keeps it (an order's evidence)
 * lets read it ({@link FileReaders}). Everyone else gets the 404 of a file that does not exist, so a file id seen once
 * (on a timeline, before a reassignment) is not a key to it.
 */
@Component
class FileAccess {

	private final FileStore store;
	private final List<FileReaders> readers;

	FileAccess(FileStore store, List<FileReaders> readers) {
		this.store = store;
		this.readers = List.copyOf(readers);
	}

	StoredFile readable(Actor actor, String id) {
		StoredFile file = store.find(id).orElseThrow(() -> notFound(id));
		if (actor.isAdmin() || actor.username().equals(file.uploadedBy())
				|| readers.stream().anyMatch(r -> r.mayRead(actor, id))) {
			return file;
		}
		throw notFound(id);
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("File " + id + " not found.");
	}
}
