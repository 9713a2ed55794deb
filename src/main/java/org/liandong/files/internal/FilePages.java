package org.liandong.files.internal;

import org.liandong.files.FileStore;
import org.liandong.identity.Actors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Evidence files for signed-in page users ({@code /files/{id}}), who have a session rather than API credentials. */
@Controller
class FilePages {

	private final FileStore store;
	private final FileAccess access;

	FilePages(FileStore store, FileAccess access) {
		this.store = store;
		this.access = access;
	}

	@GetMapping("/files/{id}")
	ResponseEntity<InputStreamResource> file(@PathVariable String id) {
		return FilesController.serve(store, access.readable(Actors.current(), id));
	}
}
