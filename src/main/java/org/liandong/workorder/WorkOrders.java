package org.liandong.workorder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;

/**
 * The work-order module's API for other modules (intake channels, linkage, supervision, evaluation,
 * notification). Every method runs in (or joins) a transaction and applies the same rules as the REST API.
 */
public interface WorkOrders {

	/**
	 * Takes in an order from a channel whose caller the channel module authenticated itself (citizen portal,
	 * Open311 client, device, grid worker). Invalid input raises {@code InvalidRequestException} (400).
	 *
	 * @param actor who the timeline names, e.g. {@code portal}, {@code open311:app-name}, a username
	 * @param actorRole the role shown on the timeline, e.g. {@code CITIZEN}, {@code SYSTEM}, {@code GRID_WORKER}
	 */
	WorkOrderSummary receive(NewWorkOrder order, String actor, String actorRole);

	/**
	 * Whether a point lies in the jurisdiction, by the rule {@link #receive} applies (it refuses a point outside with
	 * a 400 on {@code lat}): the place resolvers' boundary (the triage module's city boundary); true when none knows
	 * one, false for coordinates out of range. For a channel that refuses such a point in its own format first.
	 *
	 * @param coordSystem {@code WGS84} (also when null) or {@code GCJ02}; another raises
	 *        {@code InvalidRequestException}
	 */
	boolean inJurisdiction(double lat, double lon, String coordSystem);

	/**
	 * Whether a point lies in the grid, by the rule {@link #receive} applies to an order given a grid and a point (it
	 * refuses one outside with a 400 on {@code lat}); empty when no place resolver knows the grid.
	 *
	 * @param coordSystem as in {@link #inJurisdiction}
	 */
	Optional<Boolean> inGrid(String gridCode, double lat, double lon, String coordSystem);

	/**
	 * The orders the actor may see that match the filter, newest first; their titles and contents as a list shows
	 * them, without the citizen's name and numbers (here and in {@link #queue}; {@link #act} answers the order as the
	 * actor reads one order: in full for those who see the citizen).
	 */
	PageResult<WorkOrderSummary> search(Actor actor, WorkOrderFilter filter, PageQuery page);

	/**
	 * The orders the actor may see that match the filter, in a working queue's order: the first page holds the ones
	 * to act on first, however many match (the total says how many).
	 */
	PageResult<WorkOrderSummary> queue(Actor actor, WorkOrderFilter filter, QueueOrder order, PageQuery page);

	/**
	 * The ids of the newest orders (at most {@code limit}, capped at 1,000) the actor may see that match the filter,
	 * without counting every match as {@link #search} does or reading the orders: for callers that look at the most
	 * recent ones only, and read them with {@link #findAll}, together with others or leaving some out.
	 */
	List<String> newestIds(Actor actor, WorkOrderFilter filter, int limit);

	/**
	 * {@link #newestIds} and {@link #findAll} in one statement: the newest orders (at most {@code limit}, capped at
	 * 1,000) the actor may see that match the filter, and besides them the orders with the ids {@code alsoIds} names
	 * (without visibility checks, as {@link #findAll}; ids of no order are left out), each order once. For callers
	 * that read an order's recent matches together with other orders they already know of.
	 */
	NewestWith findNewestWith(Actor actor, WorkOrderFilter filter, int limit, List<String> alsoIds);

	/** The orders {@link #findNewestWith} read, and which of them matched the filter. */
	record NewestWith(List<WorkOrderSummary> orders, Set<String> matching) {
	}

	/**
	 * Orders in the order they were taken in (creation time, then id), those after the given position, at most
	 * {@code limit} (capped at 1,000), without visibility checks: for modules that keep an index of every order and
	 * walk the table page by page (keyset, no offset). Start with {@code (Instant.EPOCH, "")}, or a time to catch up
	 * from, and go on from the last order of each page.
	 */
	List<WorkOrderSummary> takenInAfter(java.time.Instant createdAt, String id, int limit);

	/**
	 * As {@link #takenInAfter}, the positions only (id and creation time), no order read: for a walk that reads only
	 * the orders it lacks, with {@link #findAll}.
	 */
	List<Position> positionsAfter(java.time.Instant createdAt, String id, int limit);

	/** Where an order stands in intake order: its creation time, then its id. */
	record Position(String id, java.time.Instant createdAt) {
	}

	/** The order by id or number, without visibility checks (callers decide what to show). */
	Optional<WorkOrderSummary> find(String idOrNumber);

	/**
	 * As {@link #find}, the order's row locked until the caller's transaction ends (one is required): for a listener
	 * that acts on the order's state and must not act twice when its event is delivered twice at once.
	 */
	Optional<WorkOrderSummary> findLocked(String idOrNumber);

	/**
	 * As {@link #find}, the order as a list shows it to anyone: its title and content without the citizen's name and
	 * numbers, for text shown to many (a notification's).
	 */
	Optional<WorkOrderSummary> findListed(String idOrNumber);

	/**
	 * As {@link #findAll}, the orders' titles and contents as a list shows them to this actor (without the citizen's
	 * name and numbers), without visibility checks: for lists of other orders shown to the actor, such as similar
	 * requests.
	 */
	List<WorkOrderSummary> findAllAsReadBy(Actor actor, List<String> ids);

	/**
	 * The orders with these ids (not numbers), in the order given, without visibility checks; ids of no order are
	 * left out. One round trip per 500 ids, for callers that would otherwise call {@link #find} in a loop.
	 */
	List<WorkOrderSummary> findAll(List<String> ids);

	/** Whether the actor may see the order (CONTRACT §4 visibility). */
	boolean isVisibleTo(Actor actor, String idOrNumber);

	/** Those of the orders (ids, not numbers) the actor may see, in one statement: as {@link #isVisibleTo} for each. */
	Set<String> visibleAmong(Actor actor, Collection<String> ids);

	/**
	 * Performs an action (CONTRACT §4 action names, e.g. {@code dispatch}) as the actor, with the API's checks and
	 * errors (404, 403, 400, 409); {@code body} holds the action's JSON fields.
	 */
	WorkOrderSummary act(Actor actor, String idOrNumber, String action, Map<String, Object> body);

	/**
	 * Performs an action on behalf of a channel that authorised its caller itself (e.g. a grid worker closing a
	 * simple item on the spot, which the intake module allows by its own rule): no visibility or role check, the
	 * same body, state and version rules and errors as {@link #act}. The timeline names {@code actor} with
	 * {@code actorRole}.
	 */
	WorkOrderSummary actAs(String idOrNumber, String action, Map<String, Object> body, String actor,
			String actorRole);

	/** The citizen's own revisit answer (portal, SMS link): the same {@code revisit} action, by the citizen. */
	WorkOrderSummary revisitByCitizen(String idOrNumber, boolean resolved, Satisfaction satisfaction, String channel);

	/**
	 * Whether the citizen may answer the order's revisit now: it is REVISITING and no answer (the citizen's or one
	 * taken by phone) is recorded in this round. A citizen answers a round once ({@link #revisitByCitizen} is
	 * refused with 409 after it); a reopen starts the next round.
	 */
	boolean awaitsRevisitAnswer(String idOrNumber);

	/**
	 * How many orders taken in within the dates (Asia/Shanghai, {@code from} inclusive, {@code to} exclusive; null for
	 * open) the unit itself leads or co-handles now: not those it is only summoned to, nor its sub-units' (the whistle
	 * rate's denominator, docs/linkage.md).
	 */
	long countLedOrCoHandled(String unitCode, java.time.LocalDate from, java.time.LocalDate to);

	/** Lets a unit summoned by a whistle see the order. Idempotent. */
	void addSummonedUnit(String orderId, String unitCode);

	/** Writes an entry on the order's timeline without changing its state (e.g. URGED, SUPERVISED, WHISTLE). */
	void recordOnTimeline(String orderId, String actor, String action, String note);

	/** The citizen's phone number for notifications sent by the platform itself; never shown to users. */
	Optional<String> citizenPhone(String orderId);

	/**
	 * The citizens of these orders, name and phone (by order id, only those that have either), for removing them from
	 * text the platform publishes (Open311's public answers); never shown to users.
	 */
	java.util.Map<String, Citizen> citizens(Collection<String> orderIds);

	/** An order's citizen as taken in (personal data: for the platform's own use, never shown); parts may be null. */
	record Citizen(String name, String phone) {
	}

	/**
	 * How texts about these orders (ids) that are not their own record are shown to every reader ({@link SharedTexts}:
	 * whistles, supervision, urgings, notifications), with one read of the orders' citizens for all of them. Reading a
	 * text so shows no personal data, so it is not audited.
	 */
	SharedTexts sharedTexts(Collection<String> orderIds);

	/**
	 * An order as it was taken in, with the caller's phone, for the listeners of its intake (the duplicate check, the
	 * receipt, indexing): from memory where this node took it in moments ago (at most half a minute), else read now
	 * (then as it is now). Not for anything that needs the order's current state.
	 */
	Optional<TakenIn> takenIn(String orderId);

	/** An order as taken in and the caller's phone (personal data: for the platform's own use, never shown). */
	record TakenIn(WorkOrderSummary order, String citizenPhone) {
	}

	/**
	 * The pending extension requests of these orders (ids), of those that have one, in one read per 500 orders: for
	 * the dispatcher's queue. The default answers none, for implementations that keep no extensions.
	 */
	default Map<String, ExtensionRequest> pendingExtensions(Collection<String> orderIds) {
		return Map.of();
	}

	/**
	 * The pending return requests of these orders (ids), of those waiting for the dispatcher's decision on one, in
	 * one read per 500 orders: for the dispatcher's queue, who decides on the unit's reason. The default answers none,
	 * for implementations that keep no returns.
	 */
	default Map<String, ReturnRequest> pendingReturns(Collection<String> orderIds) {
		return Map.of();
	}

	/**
	 * Of these orders (ids), those in the dispatch queue (RECEIVED) that were dispatched before, and how: the lead
	 * unit of their latest dispatch and the return that sent them back (CONTRACT §4 {@code approve-return}), read from
	 * their timelines in one read per 500 orders. An order never dispatched is not in the answer. The default answers
	 * none, for implementations that keep no timeline.
	 */
	default Map<String, EarlierRouting> earlierRoutings(Collection<String> orderIds) {
		return Map.of();
	}

	/** The public timeline of an order: actions and states, without notes or personal data. */
	List<PublicTimelineEntry> publicTimeline(String idOrNumber);
}
