package org.liandong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.RecentReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 client applications and their api keys. Only a SHA-256 hash of each key is stored: the key is shown once,
 * when the administrator creates the client.
 */
@Component
class Open311Clients {

	static final String DEMO_KEY = "demo-open311-key";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	Open311Clients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A client application; {@code apiKey} is only set right after creation. */
	record Client(String id, String name, String contact, int ratePerMinute, boolean enabled, String apiKey) {
	}

	/**
	 * Clients by key hash, each kept for a second for the key's next requests: every Open311 request would otherwise
	 * read it in a transaction of its own. A new client or one enabled or disabled forgets them.
	 */
	private final RecentReads<String, Optional<Client>> recent = new RecentReads<>(Duration.ofSeconds(1), 10_000);

	/** The enabled client of an api key. */
	Optional<Client> authenticate(String apiKey) {
		if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
			return Optional.empty();
		}
		return recent.get(hash(apiKey.strip()), hash -> jdbc
			.sql("SELECT id, name, contact, rate_per_minute, enabled FROM in_open311_client WHERE key_hash = :h")
			.param("h", hash)
			.query((rs, i) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), null))
			.optional()
			.filter(Client::enabled));
	}

	@Transactional(readOnly = true)
	PageResult<Client> list(PageQuery page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM in_open311_client").query(Long.class).single();
		List<Client> rows = jdbc.sql("SELECT id, name, contact, rate_per_minute, enabled FROM in_open311_client "
				+ "ORDER BY created_at, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), null))
			.list();
		return PageResult.of(rows, page, total);
	}

	@Transactional
	Client create(String name, String contact, int ratePerMinute) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String key = HexFormat.of().formatHex(bytes);
		return insert(UUID.randomUUID().toString(), name, contact, ratePerMinute, key);
	}

	@Transactional
	boolean setEnabled(String id, boolean enabled) {
		recent.forgetAll();
		return jdbc.sql("UPDATE in_open311_client SET enabled = :e WHERE id = :id")
			.param("e", enabled)
			.param("id", id)
			.update() == 1;
	}

	/** Creates the demo client (api key {@code demo-open311-key}) once. */
	@Transactional
	void ensureDemoClient(int ratePerMinute) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM in_open311_client WHERE key_hash = :h")
			.param("h", hash(DEMO_KEY))
			.query(Integer.class)
			.single() > 0;
		if (!present) {
			insert("demo-open311", "演示客户端 Demo client", "12345@weihai.gov.cn", ratePerMinute, DEMO_KEY);
		}
	}

	private Client insert(String id, String name, String contact, int rate, String key) {
		recent.forgetAll();
		jdbc.sql("""
				INSERT INTO in_open311_client (id, name, contact, key_hash, rate_per_minute, enabled, created_at)
				VALUES (:id, :name, :contact, :hash, :rate, TRUE, :at)""")
			.param("id", id)
			.param("name", name)
			.param("contact", contact)
			.param("hash", hash(key))
			.param("rate", rate)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new Client(id, name, contact, rate, true, key);
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
