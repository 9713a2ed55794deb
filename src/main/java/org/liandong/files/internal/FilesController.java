package org.liandong.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.liandong.files.FileStore;
import org.liandong.files.StoredFile;
import org.liandong.identity.Actors;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.SendsLocation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/files} (one multipart file) and download by id. */
@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files", description = "Evidence photos and documents")
class FilesController {

	private final FileStore store;
	private final FileAccess access;

	FilesController(FileStore store, FileAccess access) {
		this.store = store;
		this.access = access;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@SendsLocation("The file stored: /api/v1/files/{id}")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload one file (images, PDF, office documents; size and type checked)")
	ResponseEntity<FileView> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("file", "A non-empty multipart field 'file' is required.");
		}
		try (InputStream in = file.getInputStream()) {
			StoredFile stored = store.store(file.getOriginalFilename(), file.getContentType(), in,
					Actors.current().username());
			return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id())).body(FileView.of(stored));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download a file by its id",
			description = "For its uploader, an administrator, and whoever sees an order it is attached to; 404 for "
					+ "anyone else, as for a file that does not exist. Images and PDF are served inline, other "
					+ "files as attachments (Content-Disposition).")
	ResponseEntity<InputStreamResource> download(@PathVariable String id) {
		return serve(store, access.readable(Actors.current(), id));
	}

	/**
	 * Serves a stored file (shared by the API and the pages' {@code /files/{id}}): images and PDF inline, to be looked
	 * at in the browser; anything else (text, CSV, audio, video, office documents) as an attachment, so that a
	 * browser saves it rather than showing an uploader's text or markup on this site's pages.
	 */
	static ResponseEntity<InputStreamResource> serve(FileStore store, StoredFile file) {
		ContentDisposition.Builder disposition = ContentTypes.showsInline(file.contentType())
				? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(store.open(file)));
	}

	/** The answer to an upload (CONTRACT §4). */
	record FileView(String id, String name, String contentType, long size) {
		static FileView of(StoredFile f) {
			return new FileView(f.id(), f.name(), f.contentType(), f.size());
		}
	}
}
