package org.liandong.triage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.InLists;
import org.liandong.shared.TransactionEnd;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Similar requests: the per-node {@link SimilarityIndex}, rebuilt from the database at start (through
 * {@link WorkOrders#search} as a system actor), kept current from {@link WorkOrderEvent.Received} after each commit,
 * and caught up every {@code refresh-interval} with orders that other nodes took in (their events stay on their
 * node) or whose indexing was lost.
 */
@Component
@Order(400)
class SimilarRequests implements ApplicationRunner {

	/** Sees every order; never an actor of a request, only this module's own reads. */
	static final Actor SYSTEM = new Actor("system", "system", "系统", Role.ADMIN, null, null, Set.of());

	private static final Logger log = LoggerFactory.getLogger(SimilarRequests.class);


	private final WorkOrders workOrders;

	private final Clock clock;

	/**
	 * A duplicate search may miss the texts of orders put in the last second: a reader reopened for every search cost
	 * more than the search, and every reopen starts the words' statistics afresh (each look-up seeks every segment).
	 * The duplicate check still has those orders from the database, by caller and place.
	 */
	private final SimilarityIndex index;

	/** Orders committed up to this long before a catch-up started are certain to be visible to it. */
	private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(2);

	private final Instant startedAt;

	private volatile Instant lastCatchUp;

	/**
	 * Orders put or queued to be put since the last catch-up, with their creation time (or when they were queued):
	 * the catch-up skips them without reading them or asking the index, whose reader would have to be reopened to
	 * see them. An order whose queued indexing fails leaves it for {@link #failed}.
	 */
	private final java.util.Map<String, Instant> recentlyPut = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Orders whose queued indexing failed or was refused, with the catch-ups that did not find them yet: the next
	 * catch-up reads and puts them, however long they waited in the queue (its walk looks back a few minutes only).
	 */
	private final Map<String, Integer> failed = new java.util.concurrent.ConcurrentHashMap<>();

	/** How many catch-ups look for an order whose indexing failed before it is given up (not found: not committed). */
	private static final int RETRIES = 10;

	private final Executor executor;

	SimilarRequests(WorkOrders workOrders, Clock clock, TriageProperties properties,
			@Qualifier("applicationTaskExecutor") Executor executor) {
		this.workOrders = workOrders;
		this.executor = executor;
		this.index = new SimilarityIndex(Duration.ofSeconds(1), properties.neighbourhoodRetention());
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = walk(Instant.EPOCH, false);
		log.info("Similarity index: {} orders", added);
	}

	/**
	 * Indexes an order taken in on this node once its transaction has committed, on the task executor. Not an
	 * application-module listener: the index needs no outbox row (written, marked and deleted, in a transaction of
	 * its own, for every intake), because the catch-up reads the orders taken in since its last run from the
	 * database anyway and adds those missing, also one whose indexing was lost to a crash or a full queue; a restart
	 * indexes every order.
	 */
	@EventListener
	void on(WorkOrderEvent.Received event) {
		TransactionEnd.afterCommit(() -> indexLater(event.orderId()));
	}

	void indexLater(String orderId) {
		// queued: the catch-up leaves it to the queue, however long the queue is
		recentlyPut.putIfAbsent(orderId, clock.instant());
		try {
			executor.execute(() -> {
				boolean indexed = false;
				try {
					// the order as taken in: from memory, moments after its commit, rather than read back
					var order = workOrders.takenIn(orderId).map(WorkOrders.TakenIn::order);
					order.ifPresentOrElse(this::put, () -> log.warn(
							"An order to index was not found (the next catch-ups look for it): {}", orderId));
					indexed = order.isPresent();
				}
				catch (RuntimeException ex) {
					log.warn("An order was not indexed now (the next catch-up adds it): {}", ex.toString());
				}
				finally { // (also after an error, which goes on up)
					if (!indexed) {
						failed.putIfAbsent(orderId, 0);
					}
				}
			});
		}
		catch (RuntimeException ex) { // a rejected task
			failed.putIfAbsent(orderId, 0);
			log.warn("An order was not indexed now (the next catch-up adds it): {}", ex.toString());
		}
	}

	/**
	 * The orders taken in since the last catch-up (with a margin for transactions that were still open then), in
	 * case another node took them in: read in intake order from that time on, so a busy day's orders are not read
	 * again every minute.
	 */
	@Scheduled(fixedDelayString = "${liandong.triage.refresh-interval:PT1M}",
			initialDelayString = "${liandong.triage.refresh-interval:PT1M}")
	synchronized void catchUp() {
		Instant started = clock.instant();
		Instant since = (lastCatchUp == null ? startedAt : lastCatchUp).minus(CATCH_UP_MARGIN);
		int added = retryFailed() + walk(since, true);
		lastCatchUp = started;
		recentlyPut.values().removeIf(at -> at.isBefore(since));
		if (added > 0) {
			log.debug("Similarity index caught up with {} orders taken in elsewhere", added);
		}
	}

	/**
	 * Puts the orders whose queued indexing failed; one not found is looked for again by the next catch-ups, up to
	 * {@link #RETRIES} in all.
	 */
	private int retryFailed() {
		List<String> ids = List.copyOf(failed.keySet());
		int added = 0;
		for (List<String> part : InLists.of(ids)) {
			for (WorkOrderSummary order : workOrders.findAll(part)) {
				put(order);
				failed.remove(order.id());
				added++;
			}
		}
		for (String id : ids) {
			failed.computeIfPresent(id, (k, tries) -> tries + 1 >= RETRIES ? null : tries + 1);
		}
		return added;
	}

	/**
	 * Indexes the orders taken in from {@code since} on, read in keyset pages of their positions; with
	 * {@code onlyMissing} the new ones only: those this node put or queued are skipped, the index is asked about the
	 * others, and only the orders it lacks are read (a catch-up looks back a few minutes: at a busy hour, tens of
	 * thousands of orders, nearly all of them already here).
	 */
	private int walk(Instant since, boolean onlyMissing) {
		int added = 0;
		Instant at = since.minusNanos(1);
		String id = "";
		while (true) {
			List<WorkOrders.Position> page = workOrders.positionsAfter(at, id, 1000);
			List<String> toRead = page.stream().map(WorkOrders.Position::id).toList();
			if (onlyMissing) {
				List<String> unknown = toRead.stream().filter(o -> !recentlyPut.containsKey(o)).toList();
				toRead = unknown.isEmpty() ? List.of() : index.missing(unknown);
			}
			for (WorkOrderSummary order : toRead.isEmpty() ? List.<WorkOrderSummary>of() : workOrders.findAll(toRead)) {
				put(order);
				added++;
			}
			if (page.size() < 1000) {
				return added;
			}
			at = page.get(page.size() - 1).createdAt();
			id = page.get(page.size() - 1).id();
		}
	}

	private void put(WorkOrderSummary order) {
		index.put(order.id(), text(order),
				new SimilarityIndex.Place(street(order.regionCode()), order.lat(), order.lon(), order.createdAt(),
						order.regionCode(), order.address()));
		recentlyPut.put(order.id(), order.createdAt()); // (after: an order the index refused is not skipped)
	}

	/** The street or town of a region code (its first nine digits), or null above that level. */
	static String street(String regionCode) {
		return regionCode == null || regionCode.length() != 12 || regionCode.startsWith("000", 6) ? null
				: regionCode.substring(0, 9);
	}

	/**
	 * An order's text as triage reads it: its content, after its title where the title says something the content
	 * does not begin with. A title derived from the content (its first sentence, cut with an ellipsis when long) is
	 * not read twice: its words would count double, and the duplicate check, which searches with the content, would
	 * segment another text than the one put.
	 */
	static String text(WorkOrderSummary order) {
		String title = order.title() == null ? "" : order.title();
		String content = order.content() == null ? "" : order.content();
		boolean derived = content.startsWith(title)
				|| title.endsWith("…") && content.startsWith(title.substring(0, title.length() - 1));
		return derived ? content : title + "\n" + content;
	}

	/** The orders most like {@code order} that pass {@code keep}, best first, at most {@code size}. */
	List<Similar> similarTo(WorkOrderSummary order, int size, Predicate<WorkOrderSummary> keep) {
		return similarToText(text(order), order.id(), size, keep);
	}

	/** The orders most like the text that pass {@code keep}, best first, at most {@code size}. */
	List<Similar> similarToText(String text, String excludeId, int size, Predicate<WorkOrderSummary> keep) {
		return similarToText(text, excludeId, size, keep, null);
	}

	/**
	 * The orders most like the text among those taken in near a place since a time (see
	 * {@link SimilarityIndex.Near}), best first: the duplicate check's search, whose cost is the neighbourhood's.
	 */
	List<Similar> similarNear(String text, String regionCode, Double lat, Double lon, double meters, Instant since,
			int size, Predicate<WorkOrderSummary> keep) {
		return similarToText(text, null, size, keep,
				new SimilarityIndex.Near(street(regionCode), lat, lon, meters, since));
	}

	/**
	 * As {@link #similarNear}, the orders of any state scoring at least {@code minScore}, with their scores only,
	 * none read from the database: for a caller that reads and judges them itself (the duplicate check).
	 */
	List<SimilarityIndex.Hit> scoresNear(String text, String regionCode, Double lat, Double lon, double meters,
			Instant since, double minScore, int size) {
		return index.similar(text, null, size, new SimilarityIndex.Near(street(regionCode), lat, lon, meters, since),
				minScore)
			.stream()
			.filter(hit -> hit.score() > 0)
			.toList();
	}

	private List<Similar> similarToText(String text, String excludeId, int size, Predicate<WorkOrderSummary> keep,
			SimilarityIndex.Near near) {
		List<SimilarityIndex.Hit> hits = index.similar(text, excludeId, Math.min(500, size * 3 + 10), near).stream()
			.filter(hit -> hit.score() > 0)
			.toList();
		List<Similar> out = new ArrayList<>();
		// the orders in pages of a few times the wanted size: one query each, most requests need only the first
		int pageSize = Math.max(20, size * 2);
		for (int from = 0; from < hits.size() && out.size() < size; from += pageSize) {
			List<SimilarityIndex.Hit> slice = hits.subList(from, Math.min(hits.size(), from + pageSize));
			Map<String, WorkOrderSummary> orders = new HashMap<>();
			workOrders.findAll(slice.stream().map(SimilarityIndex.Hit::id).toList())
				.forEach(o -> orders.put(o.id(), o));
			for (SimilarityIndex.Hit hit : slice) {
				WorkOrderSummary o = orders.get(hit.id());
				if (out.size() < size && o != null && keep.test(o)) {
					out.add(new Similar(o.id(), o.number(), o.title(), hit.score(), o.status().name()));
				}
			}
		}
		return out;
	}

	int indexed() {
		return index.size();
	}

	/** Whether the order waits for the next catch-up because its queued indexing failed. */
	boolean awaitsRetry(String orderId) {
		return failed.containsKey(orderId);
	}

	/** One similar order (CONTRACT §5). */
	record Similar(String id, String number, String title, double score, String status) {
	}
}
