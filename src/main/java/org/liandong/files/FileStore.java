package org.liandong.files;

import java.io.InputStream;
import java.util.Optional;

/** Stores uploaded files and finds them again by id. */
public interface FileStore {

	/**
	 * Stores a file after checking its type (declared and sniffed from its first bytes) and size; joins the caller's
	 * transaction for the metadata.
	 *
	 * @throws org.liandong.shared.InvalidRequestException when the type is not allowed or the file is too large
	 */
	StoredFile store(String name, String contentType, InputStream content, String uploadedBy);

	Optional<StoredFile> find(String id);

	/** The files with these ids, by id, in one read per 500 ids; ids of no file are left out. */
	java.util.Map<String, StoredFile> findAll(java.util.Collection<String> ids);

	boolean exists(String id);

	/** The file's bytes; the caller closes the stream. */
	InputStream open(StoredFile file);
}
