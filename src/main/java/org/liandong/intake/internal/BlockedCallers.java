package org.liandong.intake.internal;

import org.liandong.shared.PhoneNumbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.TransactionEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The blocked-callers list ({@code in_blocked_caller}): one entry per normalised number, optionally expiring.
 * <p>
 * Intake asks whether a caller is blocked on every request with a phone, so the whole list (a city blocks tens to a
 * few hundred numbers) is read at once and kept for {@link #FRESH}: one statement per node every two seconds rather
 * than one per intake. A change made on this node is seen by every question after the change commits; one made on
 * another node (or in the database) within {@link #FRESH}. One thread reads the list while the others ask for their
 * number as before, so nobody waits for the read; and a list that a change on this node overtook while it was read
 * is not used. A list longer than {@link #KEPT} is not kept: each question reads its number, and the list is tried
 * again only after {@link #TOO_LONG_AGAIN}.
 */
@Repository
class BlockedCallers {

	/** How long a read of the whole list answers whether a number is blocked. */
	static final Duration FRESH = Duration.ofSeconds(2);

	/** The longest list kept in memory. */
	static final int KEPT = 10_000;

	/** How long a list found longer than {@link #KEPT} is not read again. */
	static final Duration TOO_LONG_AGAIN = Duration.ofMinutes(1);

	/**
	 * The whole list as read at a moment (by number), or null where it is longer than {@link #KEPT}; {@code changes}
	 * is this node's count of changes when the read began.
	 */
	private record Snapshot(Map<String, Entry> byPhone, long readAtNanos, long changes) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	private volatile Snapshot snapshot;

	/** Changes committed on this node: a list read before the latest is not used. */
	private final AtomicLong changes = new AtomicLong();

	private final AtomicBoolean reading = new AtomicBoolean();

	BlockedCallers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The entry of a normalised number: from the list where it is current, else read. */
	private Optional<Entry> entryOf(String normalized) {
		Snapshot s = snapshot;
		if (!current(s) && reading.compareAndSet(false, true)) {
			try {
				s = readAll();
				snapshot = s;
			}
			finally {
				reading.set(false);
			}
		}
		return current(s) && s.byPhone() != null ? Optional.ofNullable(s.byPhone().get(normalized))
				: byPhone(normalized);
	}

	private boolean current(Snapshot s) {
		if (s == null || s.changes() != changes.get()) {
			return false;
		}
		long age = System.nanoTime() - s.readAtNanos();
		return age < (s.byPhone() != null ? FRESH : TOO_LONG_AGAIN).toNanos();
	}

	private Snapshot readAll() {
		long changesBefore = changes.get();
		long at = System.nanoTime();
		List<Entry> all = jdbc.sql("SELECT * FROM in_blocked_caller ORDER BY id LIMIT :limit")
			.param("limit", KEPT + 1)
			.query(this::map)
			.list();
		Map<String, Entry> byPhone = null;
		if (all.size() <= KEPT) {
			byPhone = new HashMap<>();
			for (Entry e : all) {
				byPhone.put(e.phone(), e);
			}
		}
		return new Snapshot(byPhone, at, changesBefore);
	}

	/** Counts a change once the current transaction commits (at once outside one): lists read before it are old. */
	private void changed() {
		TransactionEnd.afterCommit(changes::incrementAndGet);
	}

	/** An entry; {@code phone} is the full number (mask it before showing it). */
	record Entry(String id, String phone, String reason, String addedBy, Instant addedAt, Instant expiresAt) {

		boolean activeAt(Instant now) {
			return expiresAt == null || expiresAt.isAfter(now);
		}
	}

	/** {@code 0631-5212345}, {@code +86 138 1234 5678} → digits only, without the country code. */
	static String normalize(String phone) {
		return PhoneNumbers.normalize(phone);
	}

	/** The entry that blocks this number now; expired entries do not block. */
	Optional<Entry> blocking(String phone) {
		String p = normalize(phone);
		if (p == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return entryOf(p).filter(e -> e.activeAt(now));
	}

	Optional<Entry> byPhone(String normalized) {
		return jdbc.sql("SELECT * FROM in_blocked_caller WHERE phone = :p").param("p", normalized).query(this::map)
			.optional();
	}

	Optional<Entry> find(String id) {
		return jdbc.sql("SELECT * FROM in_blocked_caller WHERE id = :id").param("id", id).query(this::map).optional();
	}

	PageResult<Entry> list(String phone, PageQuery page) {
		String where = phone == null ? "" : " WHERE phone = :p";
		long total = jdbc.sql("SELECT COUNT(*) FROM in_blocked_caller" + where)
			.params(phone == null ? Map.of() : Map.of("p", phone))
			.query(Long.class)
			.single();
		var query = jdbc.sql("SELECT * FROM in_blocked_caller" + where
				+ " ORDER BY added_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		if (phone != null) {
			query = query.param("p", phone);
		}
		List<Entry> rows = query.query(this::map).list();
		return PageResult.of(rows, page, total);
	}

	Entry add(String normalized, String reason, String by, Instant expiresAt) {
		Entry e = new Entry(UUID.randomUUID().toString(), normalized, reason, by, clock.instant(), expiresAt);
		jdbc.sql("""
				INSERT INTO in_blocked_caller (id, phone, reason, added_by, added_at, expires_at)
				VALUES (:id, :phone, :reason, :by, :at, :expires)""")
			.param("id", e.id())
			.param("phone", e.phone())
			.param("reason", e.reason())
			.param("by", e.addedBy())
			.param("at", Timestamp.from(e.addedAt()))
			.param("expires", e.expiresAt() == null ? null : Timestamp.from(e.expiresAt()))
			.update();
		changed();
		return e;
	}

	void update(String id, String reason, Instant expiresAt) {
		jdbc.sql("UPDATE in_blocked_caller SET reason = :reason, expires_at = :expires WHERE id = :id")
			.param("reason", reason)
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.param("id", id)
			.update();
		changed();
	}

	boolean remove(String id) {
		boolean removed = jdbc.sql("DELETE FROM in_blocked_caller WHERE id = :id").param("id", id).update() == 1;
		changed();
		return removed;
	}

	private Entry map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
		return new Entry(rs.getString("id"), rs.getString("phone"), rs.getString("reason"), rs.getString("added_by"),
				rs.getObject("added_at", OffsetDateTime.class).toInstant(),
				expires == null ? null : expires.toInstant());
	}
}
