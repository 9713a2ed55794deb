package org.liandong.workorder.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.files.FileStore;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.Coordinates;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.LimitMode;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PhoneNumbers;
import org.liandong.shared.RegionCodes;
import org.liandong.workorder.ArticleCheck;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.PlaceResolver;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes in work orders and performs their actions: looks the order up, checks visibility (404) and rights (403),
 * reads the body (400), then applies the guarded transition (409) and saves, all in one transaction.
 */
@Service
class WorkOrderService {

	private final WorkOrderRepository orders;
	private final Visibility visibility;
	private final PersonalDataPolicy personalData;
	private final BodyReader bodies;
	private final Directory directory;
	private final FileStore files;
	private final OrderClocks clocks;
	private final WorkOrderProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final List<PlaceResolver> places;
	private final List<ArticleCheck> articles;
	private final JustTakenIn justTakenIn;
	private final Jurisdiction jurisdiction;

	WorkOrderService(WorkOrderRepository orders, Visibility visibility, PersonalDataPolicy personalData,
			BodyReader bodies, Directory directory, FileStore files, OrderClocks clocks,
			WorkOrderProperties properties, ApplicationEventPublisher events, Clock clock,
			List<PlaceResolver> places, List<ArticleCheck> articles, JustTakenIn justTakenIn,
			Jurisdiction jurisdiction) {
		this.places = places;
		this.jurisdiction = jurisdiction;
		this.articles = articles;
		this.justTakenIn = justTakenIn;
		this.orders = orders;
		this.visibility = visibility;
		this.personalData = personalData;
		this.bodies = bodies;
		this.directory = directory;
		this.files = files;
		this.clocks = clocks;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public WorkOrderView create(Actor actor, CreateWorkOrderRequest request) {
		ActionPolicy.checkCreate(actor);
		// a grid worker reports from their grid, as through the grid-report channel: the order is theirs to see
		String grid = actor.role() == Role.GRID_WORKER && actor.gridCodes() != null && actor.gridCodes().size() == 1
				? actor.gridCodes().iterator().next() : null;
		WorkOrder o = receive(request, grid, actor.username(), actor.role().name());
		return personalData.view(actor, o);
	}

	/** Takes in an order for any channel; validates everything before writing anything. */
	@Transactional
	public WorkOrder receive(CreateWorkOrderRequest request, String gridCode, String actorName, String actorRole) {
		bodies.validate(request);
		WorkOrder o = new WorkOrder();
		o.channel = enumValue(Channel.class, "channel", request.channel(), null);
		o.nature = enumValue(Nature.class, "nature", request.nature(), Nature.COMPLAINT);
		o.urgency = enumValue(Urgency.class, "urgency", request.urgency(), Urgency.NORMAL);
		o.content = request.content().strip();
		o.title = request.title() == null || request.title().isBlank() ? Titles.derive(o.content)
				: request.title().strip();
		o.citizenName = blankToNull(request.citizenName());
		// in the one form every door stores and every search compares (137-0000-9999, +86 137 0000 9999: 13700009999)
		o.citizenPhone = PhoneNumbers.normalize(blankToNull(request.citizenPhone()));
		o.address = blankToNull(request.address());
		o.confidential = Boolean.TRUE.equals(request.confidential());
		o.gridCode = blankToNull(gridCode);
		placeOf(o, request);
		// a point elsewhere is refused on every channel, by the boundary triage resolves places with
		jurisdiction.check(o.lat, o.lon, o.gridCode);
		resolvePlace(o);
		if (request.itemCode() != null && !request.itemCode().isBlank()) {
			o.itemCode = directory.item(request.itemCode())
				.orElseThrow(() -> new InvalidRequestException("itemCode", "Unknown responsibility item."))
				.code();
		}
		List<String> attachments = checkedFiles("attachments", request.attachments(), actorName, actorRole, null);
		Instant now = now();
		o.id = UUID.randomUUID().toString();
		o.number = properties.numberStart(now) + orders.nextNumberSuffix();
		WorkOrder.receive(o, new WorkOrder.Act(actorName, actorRole, now, null));
		if (!attachments.isEmpty()) {
			o.newEntries.set(0, new TimelineEntry(now, actorName, actorRole, "RECEIVE", null, o.status, null,
					attachments));
		}
		orders.insert(o);
		justTakenIn.keepWhenCommitted(o); // before the events: the intake's listeners find it in memory
		publish(o);
		return o;
	}

	/**
	 * Fills region and grid where the channel gave none: a grid given without a region gives its region; else the
	 * address (or the content) and the coordinates.
	 */
	private void resolvePlace(WorkOrder o) {
		if (o.regionCode == null && o.gridCode != null) {
			places.stream().map(resolver -> resolver.regionOfGrid(o.gridCode)).flatMap(Optional::stream).findFirst()
				.ifPresent(region -> o.regionCode = region);
		}
		if (o.regionCode != null && (o.gridCode != null || o.lat == null)) {
			return;
		}
		// a region given with a point wants only the point's grid: the text may name another place
		String text = o.regionCode != null ? null : o.address != null ? o.address : o.content;
		places.forEach(resolver -> resolver.resolve(text, o.lat, o.lon).ifPresent(place -> {
			if (o.regionCode == null) {
				o.regionCode = place.regionCode();
			}
			if (o.gridCode == null && place.gridCode() != null && place.regionCode() != null
					&& place.regionCode().startsWith(RegionCodes.prefix(o.regionCode))) {
				o.gridCode = place.gridCode();
			}
		}));
	}

	private void placeOf(WorkOrder o, CreateWorkOrderRequest request) {
		if ((request.lat() == null) != (request.lon() == null)) {
			throw new InvalidRequestException(request.lat() == null ? "lat" : "lon",
					"lat and lon must be given together.");
		}
		if (request.lat() != null) {
			try {
				Coordinates c = Coordinates.of(request.lat(), request.lon(), request.coordSystem());
				o.lat = c.lat();
				o.lon = c.lon();
			}
			catch (IllegalArgumentException e) {
				throw new InvalidRequestException("coordSystem", e.getMessage());
			}
		}
		else if (request.coordSystem() != null && !request.coordSystem().matches("(?i)WGS84|GCJ02")) {
			throw new InvalidRequestException("coordSystem", "coordSystem must be WGS84 or GCJ02.");
		}
		if (request.regionCode() != null) {
			o.regionCode = directory.region(request.regionCode())
				.orElseThrow(() -> new InvalidRequestException("regionCode", "Unknown region code."))
				.code();
		}
	}

	@Transactional(readOnly = true)
	public WorkOrder visible(Actor actor, String idOrNumber) {
		WorkOrder o = orders.find(idOrNumber).orElseThrow(() -> notFound(idOrNumber));
		if (!visibility.canSee(actor, o)) {
			throw notFound(idOrNumber);
		}
		return o;
	}

	@Transactional
	public WorkOrderView view(Actor actor, String idOrNumber) {
		return personalData.view(actor, visible(actor, idOrNumber));
	}

	/**
	 * The order's timeline, oldest first, as this caller reads it ({@link PersonalDataPolicy#timeline}): its read
	 * audited in this transaction when it shows personal data unmasked.
	 */
	@Transactional
	public List<TimelineEntry> timeline(Actor actor, String idOrNumber) {
		WorkOrder o = visible(actor, idOrNumber);
		return personalData.timeline(actor, o, orders.timeline(o.id));
	}

	@Transactional
	public WorkOrderView act(Actor actor, String idOrNumber, String actionPath, JsonNode body) {
		return act(actor, idOrNumber, actionPath, () -> body);
	}

	/** An action whose body is read only after the order's visibility (404) and the caller's rights (403). */
	@Transactional
	public WorkOrderView act(Actor actor, String idOrNumber, String actionPath,
			java.util.function.Supplier<JsonNode> body) {
		Action action = action(actionPath);
		WorkOrder o = visible(actor, idOrNumber);
		ActionPolicy.check(actor, o, action);
		apply(o, action, body.get(), actor, actor.username(), actor.role().name(), ActionPolicy.isSupervisor(actor));
		return personalData.view(actor, o);
	}

	/** A file uploaded with a page's action form. */
	record Upload(String name, String contentType, Content content) {

		/** Opens the upload's bytes. */
		interface Content {
			java.io.InputStream open() throws java.io.IOException;
		}
	}

	/**
	 * An action from a page form with files: the files are stored and added to the body's {@code attachments} in the
	 * same transaction as the action, so a refused action keeps no file record.
	 */
	@Transactional
	public WorkOrderView actWithUploads(Actor actor, String idOrNumber, String actionPath, ObjectNode body,
			List<Upload> uploads) {
		if (!uploads.isEmpty()) {
			ArrayNode attachments = body.has("attachments") && body.get("attachments").isArray()
					? (ArrayNode) body.get("attachments") : body.putArray("attachments");
			for (Upload upload : uploads) {
				try (var in = upload.content().open()) {
					attachments.add(files.store(upload.name(), upload.contentType(), in, actor.username()).id());
				}
				catch (java.io.IOException e) {
					throw new InvalidRequestException("files", "The uploaded file could not be read.");
				}
			}
		}
		return act(actor, idOrNumber, actionPath, body);
	}

	/**
	 * Performs an action on behalf of the platform or a citizen whose channel authenticated them (no visibility or
	 * role check); the body, state and version rules are the same.
	 */
	@Transactional
	public WorkOrder actAs(String idOrNumber, String actionPath, JsonNode body, String actorName, String actorRole) {
		Action action = action(actionPath);
		WorkOrder o = orders.find(idOrNumber).orElseThrow(() -> notFound(idOrNumber));
		apply(o, action, body, null, actorName, actorRole, false);
		return o;
	}

	private static Action action(String path) {
		return Action.fromPath(path)
			.orElseThrow(() -> new NotFoundException("There is no work-order action '" + path + "'."));
	}

	/** {@code viewer}: the signed-in caller, whose sight bounds the other orders an action names; null: the platform. */
	private void apply(WorkOrder o, Action action, JsonNode body, Actor viewer, String actorName, String actorRole,
			boolean supervisor) {
		ActionRequests.Common common = bodies.read(body, ActionRequests.Common.class);
		WorkOrder.Act act = new WorkOrder.Act(actorName, actorRole, now(), blankToNull(common.note()));
		Runnable transition = transition(supervisor, viewer, o, action, body, act);
		if (common.version() != null && common.version() != o.version) {
			throw staleVersion(o.version, common.version());
		}
		transition.run();
		orders.update(o);
		publish(o);
		if (o.status == WorkOrderStatus.CLOSED || o.status == WorkOrderStatus.ANSWERED
				|| o.status == WorkOrderStatus.CANCELLED) {
			endDuplicates(o, act);
		}
		else if (o.status == WorkOrderStatus.MERGED) {
			followToMaster(o, act);
		}
	}

	/** Reads the action's body (400 on error) and returns the transition to run after the version check. */
	private Runnable transition(boolean supervisor, Actor viewer, WorkOrder o, Action action, JsonNode body,
			WorkOrder.Act act) {
		return switch (action) {
			case ANSWER -> {
				var b = bodies.read(body, ActionRequests.Answer.class);
				String article = blankToNull(b.articleId());
				if (article != null && !articles.isEmpty() && articles.stream().noneMatch(a -> a.exists(article))) {
					throw new InvalidRequestException("articleId", "Unknown knowledge-base article.");
				}
				if (article != null && articles.stream().anyMatch(a -> !a.inForce(article))) {
					throw new InvalidRequestException("articleId",
							"The knowledge-base article is not in force (a draft, archived or outside its validity).");
				}
				yield () -> {
					o.answer(act, article, b.answer());
					clocks.stopAll(o);
					if (article != null) {
						articles.forEach(a -> a.cited(article));
					}
				};
			}
			case DISPATCH, REASSIGN -> {
				var b = bodies.read(body, ActionRequests.Route.class);
				List<String> co = checkedRoute(b);
				String item = b.itemCode() == null || b.itemCode().isBlank() ? null : directory.item(b.itemCode())
					.orElseThrow(() -> new InvalidRequestException("itemCode", "Unknown responsibility item."))
					.code();
				yield () -> {
					if (item != null) {
						o.itemCode = item;
					}
					if (action == Action.DISPATCH) {
						o.dispatch(act, b.leadUnitCode(), co);
					}
					else {
						o.reassign(act, b.leadUnitCode(), co);
					}
					clocks.start(o, act.at());
				};
			}
			case SIGN -> () -> {
				o.sign(act);
				clocks.signed(o);
			};
			case CONTACT -> {
				var b = bodies.read(body, ActionRequests.Contact.class);
				yield () -> {
					o.contact(act, b.way(), b.outcome());
					clocks.responded(o);
				};
			}
			case REQUEST_RETURN -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> o.requestReturn(act, b.reason());
			}
			case APPROVE_RETURN -> () -> {
				o.approveReturn(act);
				clocks.stopAll(o);
			};
			case REJECT_RETURN -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> o.rejectReturn(act, b.reason());
			}
			case REQUEST_EXTENSION -> {
				var b = bodies.read(body, ActionRequests.Extension.class);
				if (!b.until().isAfter(act.at()) || (o.dueAt != null && !b.until().isAfter(o.dueAt))) {
					throw new InvalidRequestException("until", "The new due time must be later than the current one.");
				}
				// as far as the longest limit an item may set: the clocks cannot be worked out beyond
				if (b.until().isAfter(act.at().plus(LimitMode.NATURAL.maximum()))) {
					throw new InvalidRequestException("until", "The new due time may be at most "
							+ LimitMode.NATURAL.maximum().toDays() + " days ahead.");
				}
				yield () -> o.requestExtension(act, b.until(), b.reason());
			}
			case APPROVE_EXTENSION -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> clocks.extend(o, o.approveExtension(act, b.reason()));
			}
			case REJECT_EXTENSION -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> o.rejectExtension(act, b.reason());
			}
			case REPLY -> {
				var b = bodies.read(body, ActionRequests.Reply.class);
				List<String> attachments = checkedFiles("attachments", b.attachments(), act.actor(), act.role(), o.id);
				boolean verification = o.itemCode != null
						&& directory.item(o.itemCode).map(i -> i.verificationRequired()).orElse(false);
				yield () -> {
					o.reply(act, b.result(), attachments, verification);
					if (o.status == WorkOrderStatus.VERIFYING) {
						clocks.pauseForVerification(o, act.at()); // a failed verification hands it back
					}
					else {
						clocks.stopAll(o);
					}
				};
			}
			case VERIFY -> {
				var b = bodies.read(body, ActionRequests.Verify.class);
				List<String> attachments = checkedFiles("attachments", b.attachments(), act.actor(), act.role(), o.id);
				yield () -> {
					o.verify(act, b.passed(), attachments);
					if (o.status == WorkOrderStatus.IN_PROGRESS) {
						clocks.resume(o, act.at()); // the unit handles it again, with the time it had left
					}
					else {
						clocks.stopAll(o);
					}
				};
			}
			case REVISIT -> revisit(o, body, act);
			case REOPEN -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> {
					o.reopen(act, b.reason(), properties.maxReopens());
					clocks.start(o, act.at());
				};
			}
			case CLOSE -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> o.close(act, b.reason());
			}
			case SHELVE -> {
				var b = bodies.read(body, ActionRequests.Shelve.class);
				yield () -> {
					o.shelve(act, b.reason(), b.plan());
					clocks.suspend(o, act.at());
				};
			}
			case UNSHELVE -> {
				var b = bodies.read(body, ActionRequests.Shelve.class);
				yield () -> {
					o.unshelve(act, b.reason());
					clocks.resume(o, act.at());
				};
			}
			case MERGE -> {
				var b = bodies.read(body, ActionRequests.Merge.class);
				// locked: a master that ends meanwhile would leave this duplicate merged into an ended order
				// a master the caller cannot see is unknown to them: not named, not linked, not confirmed to exist
				WorkOrder master = orders.findLocked(b.masterId())
					.filter(m -> viewer == null || visibility.canSee(viewer, m))
					.orElseThrow(() -> new InvalidRequestException("masterId", "Unknown master work order."));
				yield () -> {
					o.merge(act, master);
					clocks.stopAll(o);
				};
			}
			case CANCEL -> {
				var b = bodies.read(body, ActionRequests.Reason.class);
				yield () -> {
					o.cancel(act, b.reason(), supervisor);
					clocks.stopAll(o);
				};
			}
		};
	}

	private Runnable revisit(WorkOrder o, JsonNode body, WorkOrder.Act act) {
		var b = bodies.read(body, ActionRequests.Revisit.class);
		boolean reached = b.reached() == null || b.reached();
		if (reached) {
			List<InvalidRequestException.FieldError> errors = new ArrayList<>();
			if (b.resolved() == null) {
				errors.add(new InvalidRequestException.FieldError("resolved", "must not be null when reached"));
			}
			if (b.satisfaction() == null) {
				errors.add(new InvalidRequestException.FieldError("satisfaction", "must not be null when reached"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidRequestException(errors.size() + " field(s) are invalid.", errors);
			}
		}
		var satisfaction = reached ? Satisfaction.valueOf(b.satisfaction()) : null;
		return () -> {
			o.revisit(act, reached, reached ? b.resolved() : null, satisfaction, properties.maxRevisitAttempts());
			if (o.status == WorkOrderStatus.CLOSED) {
				clocks.stopAll(o);
			}
		};
	}

	/**
	 * The master ended: closed or answered, its duplicates close with it (and theirs, where an older chain left
	 * some); cancelled, they go back to the dispatch queue.
	 */
	private void endDuplicates(WorkOrder master, WorkOrder.Act act) {
		for (String id : orders.mergedInto(master.id)) {
			orders.find(id).ifPresent(child -> {
				WorkOrder.Act system = systemAct(act, child);
				if (master.status == WorkOrderStatus.CANCELLED) {
					child.unmerge(system, master);
				}
				else {
					child.closeWithMaster(system, master);
				}
				orders.update(child);
				publish(child);
				if (child.status == WorkOrderStatus.CLOSED) {
					endDuplicates(child, act);
				}
			});
		}
	}

	/**
	 * The platform's act on a duplicate that follows its master's action: at the master's time, or at the duplicate's
	 * last change when that is later. A duplicate merged while its master's action waited for the master's row (the
	 * merge locks it) was merged after that action's time: its entry for the master's end must not come before its
	 * merge on the timeline (outside check, 2026-11-28: an UNMERGE before the MERGE it undid).
	 */
	private static WorkOrder.Act systemAct(WorkOrder.Act act, WorkOrder child) {
		Instant at = child.updatedAt != null && child.updatedAt.isAfter(act.at()) ? child.updatedAt : act.at();
		return new WorkOrder.Act("system", null, at, null);
	}

	/** An order merged with duplicates of its own hands them on to its master. */
	private void followToMaster(WorkOrder merged, WorkOrder.Act act) {
		List<String> children = orders.mergedInto(merged.id);
		if (children.isEmpty()) {
			return;
		}
		WorkOrder master = orders.find(merged.masterId).orElseThrow();
		for (String id : children) {
			orders.find(id).ifPresent(child -> {
				WorkOrder.Act system = systemAct(act, child);
				child.followMaster(system, merged, master);
				orders.update(child);
				publish(child);
			});
		}
	}

	private List<String> checkedRoute(ActionRequests.Route b) {
		Unit lead = directory.unit(b.leadUnitCode())
			.orElseThrow(() -> new InvalidRequestException("leadUnitCode", "Unknown unit."));
		LinkedHashSet<String> co = new LinkedHashSet<>();
		List<String> given = b.coUnitCodes() == null ? List.of() : b.coUnitCodes();
		for (int i = 0; i < given.size(); i++) {
			String code = given.get(i);
			if (code == null || directory.unit(code).isEmpty()) {
				throw new InvalidRequestException("coUnitCodes[" + i + "]", "Unknown unit.");
			}
			if (!code.equals(lead.code())) {
				co.add(code);
			}
		}
		return List.copyOf(co);
	}

	/**
	 * The files an action attaches: each one the actor's own upload, or already evidence of the same order (a
	 * verification pointing at the reply's photo); an administrator may attach any. Another user's upload is refused
	 * as an unknown one: attaching it would hand it to whoever sees this order.
	 */
	private List<String> checkedFiles(String field, List<String> ids, String actorName, String actorRole,
			String orderId) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			boolean usable = id != null && files.find(id)
				.filter(f -> Role.ADMIN.name().equals(actorRole) || actorName.equals(f.uploadedBy())
						|| orderId != null && orders.hasFile(orderId, id))
				.isPresent();
			if (!usable) {
				throw new InvalidRequestException(field + "[" + i + "]", "Unknown file id; upload it first.");
			}
		}
		return List.copyOf(ids);
	}

	private void publish(WorkOrder o) {
		o.events.forEach(events::publishEvent);
		o.events.clear();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, E fallback) {
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				throw new InvalidRequestException(field, "must not be null");
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A body that names another version than the order's (409). */
	static ConflictException staleVersion(int current, int given) {
		return new ConflictException("The work order is at version " + current + ", not " + given
				+ "; reload it and try again.");
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("Work order " + id + " not found.");
	}
}
