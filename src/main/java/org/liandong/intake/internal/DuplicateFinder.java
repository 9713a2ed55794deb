package org.liandong.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.intake.TriageAdvisor;
import org.liandong.shared.Zones;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * Finds the open orders an order probably duplicates: the same caller's orders and the orders of the same place,
 * read as the platform (so every order counts), judged by {@link DuplicatePolicy} and, where the triage advisor knows
 * similar orders, with its text score. Where the advisor scores the whole neighbourhood (street or town, radius)
 * itself, the place's orders are its answer and are not searched here as well; of those, only the ones of the
 * order's own place are read, in one statement with the caller's newest open orders
 * ({@link WorkOrders#findNewestWith}).
 */
@Component
class DuplicateFinder {

	static final Actor PLATFORM = new Actor("system", "system", "system", Role.ADMIN, null, null, Set.of());

	/** The open states ({@link WorkOrderStatus#isOpen}), as a list filter. */
	private static final String OPEN = java.util.Arrays.stream(WorkOrderStatus.values())
		.filter(WorkOrderStatus::isOpen)
		.map(Enum::name)
		.collect(java.util.stream.Collectors.joining(","));

	/**
	 * The most recent open orders of the same caller, or of the same street, judged per request: duplicates are
	 * recent, and the text index adds the older look-alikes.
	 */
	private static final int POOL = 100;

	/**
	 * Candidates of the place whose words (the advisor's score) are less alike than this share of the minimum score
	 * are not read: their character bigrams would have to be alike enough where their words are not.
	 * {@code WordsFloorDataTests} checks it on real messages (the Teddy Cup split cut to 80 characters, 1.8 million
	 * pairs): every pair whose bigrams pass has words above the floor, and the floor leaves out all but a few tenths
	 * of a percent of the pairs that share a word.
	 */
	static final double WORDS_FLOOR = 0.5;

	/** At most this many proposals per order, the most alike. */
	private static final int MAX_PROPOSALS = 20;

	/** An earlier open order proposed as the master of a duplicate. */
	record Proposal(WorkOrderSummary candidate, DuplicatePolicy.Reason reason, double score) {
	}

	private final WorkOrders orders;
	private final IntakeProperties properties;
	private final IntakeSeams seams;

	DuplicateFinder(WorkOrders orders, IntakeProperties properties, IntakeSeams seams) {
		this.orders = orders;
		this.properties = properties;
		this.seams = seams;
	}

	List<Proposal> find(WorkOrderSummary order) {
		return find(order, orders.citizenPhone(order.id()).orElse(null));
	}

	/** The proposals for an order, also one not taken in yet (the console's form), with the caller's phone. */
	List<Proposal> find(WorkOrderSummary order, String callerPhone) {
		var settings = properties.duplicates();
		var from = Zones.cityDate(order.createdAt().minus(Duration.ofDays(settings.days())));
		// the place's candidates' ids first (from memory where the advisor scores the neighbourhood), then they and
		// the same caller's newest open orders read in one statement: the caller's also finds the order itself (an
		// order just taken in is its caller's newest), which is not proposed
		Set<String> toRead = new LinkedHashSet<>();
		TriageAdvisor advisor = seams.triage();
		Instant since = order.createdAt().minus(Duration.ofDays(settings.days()));
		Map<String, Double> advised = new HashMap<>();
		DuplicatePolicy policy = new DuplicatePolicy(settings);
		// only orders of the same place can be proposed for their text (DuplicatePolicy), so only they are searched
		if (advisor.scoresWholeNeighbourhood() && (street(order.regionCode()) != null || order.lat() != null)) {
			// the advisor's neighbourhood is the place's pool: its orders are read once, below, whatever their state;
			// those whose words are less than half as alike as a proposal needs are not read at all (see WORDS_FLOOR),
			// nor those the advisor places elsewhere (the street's other communities, beyond the radius): of those,
			// the same caller's open ones are among the caller's newest, read anyway
			for (TriageAdvisor.TextScore s : advisor.scoresNear(order.content(), order.regionCode(), order.lat(),
					order.lon(), settings.meters(), since, WORDS_FLOOR * settings.minScore(), 2 * MAX_PROPOSALS)) {
				advised.put(s.orderId(), s.score());
				if (s.place() == null || policy.samePlace(order, s.place())) {
					toRead.add(s.orderId());
				}
			}
		}
		else if (order.regionCode() != null || order.lat() != null || order.address() != null) {
			// (an order with no place at all can only duplicate its caller's: no text search for it)
			toRead.addAll(placePool(order, from));
			advisor.similarNear(order.content(), order.regionCode(), order.lat(), order.lon(), settings.meters(),
					since, MAX_PROPOSALS).forEach(s -> {
						advised.put(s.id(), s.score());
						toRead.add(s.id());
					});
		}
		toRead.remove(order.id());
		List<WorkOrderSummary> candidates;
		Set<String> sameCaller;
		if (callerPhone != null && !callerPhone.isBlank()) {
			var read = orders.findNewestWith(PLATFORM, new WorkOrderFilter(OPEN, null, null, null, null, null, null,
					from, null, null, callerPhone), POOL, List.copyOf(toRead));
			candidates = read.orders();
			sameCaller = read.matching();
		}
		else {
			candidates = orders.findAll(List.copyOf(toRead));
			sameCaller = Set.of();
		}
		List<Proposal> proposals = new ArrayList<>();
		for (WorkOrderSummary c : candidates) {
			policy.judge(order, c, sameCaller.contains(c.id()), advised.getOrDefault(c.id(), 0.0))
				.ifPresent(v -> proposals.add(new Proposal(c, v.reason(), v.score())));
		}
		proposals.sort(Comparator.comparingDouble(Proposal::score).reversed());
		return proposals.size() > MAX_PROPOSALS ? proposals.subList(0, MAX_PROPOSALS) : proposals;
	}

	/** The street or town code (12 digits) of a region code at or below that level, or null. */
	private static String street(String region) {
		return region != null && region.length() == 12 && !region.endsWith("00000000")
				? region.substring(0, 9) + "000" : null;
	}

	/**
	 * The newest open orders of the order's place: its street or town, else (with a point) any, else its address.
	 * Not needed where the triage advisor scores the whole neighbourhood (its street and radius) itself.
	 */
	private List<String> placePool(WorkOrderSummary order, java.time.LocalDate from) {
		String street = street(order.regionCode());
		if (street != null) {
			return search(new WorkOrderFilter(OPEN, null, street, null, null, null, null, from, null, null, null));
		}
		if (order.lat() != null) {
			return search(new WorkOrderFilter(OPEN, null, null, null, null, null, null, from, null, null, null));
		}
		if (order.address() != null) {
			return search(new WorkOrderFilter(OPEN, null, null, null, null, null, null, from, null,
					order.address(), null));
		}
		return List.of();
	}

	private List<String> search(WorkOrderFilter filter) {
		return orders.newestIds(PLATFORM, filter, POOL);
	}
}
