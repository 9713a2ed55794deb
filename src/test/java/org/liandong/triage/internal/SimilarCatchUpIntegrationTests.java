package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order another node took in reaches this node's similarity index through the catch-up, which reads only the
 * orders since its last run.
 */
@IntegrationTest
class SimilarCatchUpIntegrationTests {

	@Autowired
	SimilarRequests similar;

	@Autowired
	JdbcClient jdbc;

	/** Writes an order as another node does: no event reaches this node. */
	void insert(String id, String marker, String text, Instant at) {
		jdbc.sql("INSERT INTO wo_order (id, number, status, channel, nature, title, content, urgency, confidential, "
				+ "sign_overdue, warned, overdue, revisit_attempts, unreachable, reopen_count, return_count, created_at, "
				+ "updated_at, version) VALUES (:id, :number, 'RECEIVED', 'HOTLINE', 'COMPLAINT', :title, :content, "
				+ "'NORMAL', FALSE, FALSE, FALSE, FALSE, 0, FALSE, 0, 0, :at, :at, 0)")
			.param("id", id)
			.param("number", "X" + marker.hashCode())
			.param("title", marker)
			.param("content", text)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Test
	void anOrderWrittenByAnotherNodeIsFoundAfterTheCatchUp() {
		String marker = "他节点" + UUID.randomUUID().toString().substring(0, 6);
		String text = marker + "街心公园健身器材断裂，儿童玩耍有危险";
		String id = UUID.randomUUID().toString();
		insert(id, marker, text, Instant.now());
		assertThat(similar.similarToText(text, null, 5, o -> true)).extracting(SimilarRequests.Similar::id)
			.doesNotContain(id);

		similar.catchUp();

		// a search may miss writes of the last 200 ms (the index reopens its reader at most that often)
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				similar.similarToText(text, null, 5, o -> true)).extracting(SimilarRequests.Similar::id).contains(id));
		int indexed = similar.indexed();
		similar.catchUp();
		assertThat(similar.indexed()).as("a second catch-up adds nothing").isEqualTo(indexed);
	}

	@Test
	void anOrderWhoseQueuedIndexingFailedIsPutByTheNextCatchUpHoweverOldItIs() {
		String marker = "重试" + UUID.randomUUID().toString().substring(0, 6);
		String text = marker + "小区路灯整排不亮，晚上出行不便";
		String id = UUID.randomUUID().toString();
		// its indexing fails: the order is not there yet when the queue gets to it
		similar.indexLater(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> similar.awaitsRetry(id));
		// taken in an hour ago: long before what a catch-up's walk looks back over
		insert(id, marker, text, Instant.now().minus(Duration.ofHours(1)));

		similar.catchUp();

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				similar.similarToText(text, null, 5, o -> true)).extracting(SimilarRequests.Similar::id).contains(id));
		assertThat(similar.awaitsRetry(id)).as("put, so no longer waiting").isFalse();
	}

	@Test
	void anOrderWhoseIndexingFailedAndThatIsNeverFoundIsGivenUpAfterTenCatchUps() {
		String id = UUID.randomUUID().toString();
		similar.indexLater(id);
		await().atMost(Duration.ofSeconds(10)).until(() -> similar.awaitsRetry(id));
		// (the scheduled catch-up, once a minute, may add one look of its own)
		for (int i = 0; i < 8; i++) {
			similar.catchUp();
		}
		assertThat(similar.awaitsRetry(id)).as("looked for again by the next catch-ups").isTrue();
		similar.catchUp();
		similar.catchUp();
		assertThat(similar.awaitsRetry(id)).as("given up after ten").isFalse();
	}
}
