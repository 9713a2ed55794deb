package org.liandong.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liandong.files.FileStore;
import org.liandong.files.StoredFile;
import org.liandong.shared.InLists;
import org.liandong.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files in a directory under the data directory ({@code files/yyyy/MM/<id>}), metadata in {@code fs_file}. The bytes
 * are written (and synced) before the metadata row, so an acknowledged file is never missing its bytes.
 */
@Component
class LocalFileStore implements FileStore {

	private static final Logger LOG = LoggerFactory.getLogger(LocalFileStore.class);

	private final JdbcClient jdbc;
	private final FileProperties properties;
	private final Path root;
	private final Clock clock;

	LocalFileStore(JdbcClient jdbc, FileProperties properties, @Value("${liandong.data-dir}") String dataDir,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.root = Path.of(dataDir, "files").toAbsolutePath();
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredFile store(String name, String contentType, InputStream content, String uploadedBy) {
		String safeName = FileNames.safe(name);
		String type = ContentTypes.normalise(contentType, safeName);
		if (!properties.allowedTypes().contains(type)) {
			throw new InvalidRequestException("file", "Files of type " + type + " are not accepted; allowed: "
					+ String.join(", ", properties.allowedTypes()) + ".");
		}
		String id = UUID.randomUUID().toString();
		var now = clock.instant();
		var date = now.atZone(ZoneOffset.UTC);
		String key = "%04d/%02d/%s".formatted(date.getYear(), date.getMonthValue(), id);
		Path target = root.resolve(key);
		long size;
		String sha;
		try {
			Files.createDirectories(target.getParent());
			Path tmp = Files.createTempFile(target.getParent(), id, ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] head;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
				size = copyLimited(content, out, properties.maxSize().toBytes());
			}
			catch (InvalidRequestException e) {
				Files.deleteIfExists(tmp);
				throw e;
			}
			try (InputStream in = Files.newInputStream(tmp)) {
				head = in.readNBytes(16);
			}
			if (size == 0 || !ContentTypes.matches(type, head)) {
				Files.deleteIfExists(tmp);
				throw new InvalidRequestException("file", size == 0 ? "The file is empty."
						: "The file's content does not match its type " + type + ".");
			}
			try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			deleteUnlessCommitted(target);
			sha = HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store the uploaded file", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		jdbc.sql("INSERT INTO fs_file (id, name, content_type, size_bytes, sha256, storage_key, created_by, created_at) "
				+ "VALUES (:id, :name, :type, :size, :sha, :key, :by, :at)")
			.param("id", id)
			.param("name", safeName)
			.param("type", type)
			.param("size", size)
			.param("sha", sha)
			.param("key", key)
			.param("by", uploadedBy)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		return new StoredFile(id, safeName, type, size, sha, now, uploadedBy);
	}

	/** The directory the files are kept in. */
	Path root() {
		return root;
	}

	/** A file whose row is rolled back (the request failed after the upload) is no one's: it is not left behind. */
	private static void deleteUnlessCommitted(Path file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException e) {
						LOG.warn("Could not delete the file of a rolled-back upload: {}", file, e);
					}
				}
			}
		});
	}

	private static long copyLimited(InputStream in, OutputStream out, long max) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > max) {
				throw new InvalidRequestException("file", "The file is larger than " + max / 1024 / 1024 + " MB.");
			}
			out.write(buffer, 0, n);
		}
		return total;
	}

	@Override
	public Optional<StoredFile> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fs_file WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	@Override
	public java.util.Map<String, StoredFile> findAll(java.util.Collection<String> ids) {
		List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
		java.util.Map<String, StoredFile> found = new java.util.HashMap<>();
		for (List<String> part : InLists.of(distinct)) {
			jdbc.sql("SELECT " + COLUMNS + " FROM fs_file WHERE id IN (:ids)")
				.param("ids", part)
				.query((rs, n) -> stored(rs))
				.list()
				.forEach(f -> found.put(f.id(), f));
		}
		return found;
	}

	private static final String COLUMNS = "id, name, content_type, size_bytes, sha256, created_at, created_by";

	private static StoredFile stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StoredFile(rs.getString("id"), rs.getString("name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("created_by"));
	}

	@Override
	public boolean exists(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM fs_file WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	@Override
	public InputStream open(StoredFile file) {
		String key = jdbc.sql("SELECT storage_key FROM fs_file WHERE id = :id")
			.param("id", file.id())
			.query(String.class)
			.single();
		try {
			return Files.newInputStream(root.resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read stored file " + file.id(), e);
		}
	}
}
