package org.liandong.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.files.FileStore;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in a grid worker's report (channel GRID) in the worker's grid, and closes it on the spot (就地办结) where the
 * item allows it: the order is answered at once ({@code answer}, status ANSWERED) with the worker's result and the
 * photos as evidence. Dispatching a problem the reporter already solved to a unit, only for that unit to sign and
 * reply, would add a loop with nothing to do; ANSWERED keeps the order out of unit rates, as the contract wants for
 * orders settled at intake. One transaction: a refused closing leaves no order behind.
 */
@Component
class GridIntake {

	private final WorkOrders orders;
	private final FileStore files;
	private final IntakeProperties properties;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final IntakeMessages messages;

	GridIntake(WorkOrders orders, FileStore files, IntakeProperties properties, JdbcClient jdbc, Clock clock,
			IntakeMessages messages) {
		this.orders = orders;
		this.files = files;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	static void checkGridWorker(Actor actor) {
		if (!(actor.is(Role.GRID_WORKER) || actor.isAdmin())) {
			throw new ForbiddenException("Grid reports are for grid workers.");
		}
	}

	/** A report from the page: stores the photos (images only) and takes the report in, in one transaction. */
	@Transactional
	WorkOrderSummary report(Actor actor, GridReport r, List<MultipartFile> photos) {
		checkGridWorker(actor);
		List<String> ids = new ArrayList<>(r.attachments());
		for (MultipartFile p : photos == null ? List.<MultipartFile>of() : photos) {
			if (p == null || p.isEmpty()) {
				continue;
			}
			if (p.getContentType() == null || !p.getContentType().startsWith("image/")) {
				throw new InvalidRequestException("photos", messages.say("portal.error.photos.notImage", p.getOriginalFilename()));
			}
			try (InputStream in = p.getInputStream()) {
				ids.add(files.store(p.getOriginalFilename(), p.getContentType(), in, actor.username()).id());
			}
			catch (IOException e) {
				throw new InvalidRequestException("photos", messages.say("portal.error.photos.failed"));
			}
		}
		return report(actor, new GridReport(r.content(), ids, r.lat(), r.lon(), r.coordSystem(), r.address(),
				r.regionCode(), r.gridCode(), r.itemCode(), r.closeOnSpot(), r.result()));
	}

	@Transactional
	WorkOrderSummary report(Actor actor, GridReport r) {
		checkGridWorker(actor);
		List<FieldError> errors = new ArrayList<>();
		String content = PortalIntake.trim(r.content());
		if (content == null) {
			errors.add(new FieldError("content", messages.say("intake.error.reportContent.required")));
		}
		else if (content.length() > 4000) {
			errors.add(new FieldError("content", messages.say("intake.error.reportContent.tooLong", "4000")));
		}
		String address = PortalIntake.trim(r.address());
		// as the work-order module reads it (WGS84 by default)
		boolean knownSystem = r.coordSystem() == null || r.coordSystem().matches("(?i)WGS84|GCJ02");
		if (!knownSystem) {
			errors.add(new FieldError("coordSystem", messages.say("intake.error.coordSystem")));
		}
		if ((r.lat() == null) != (r.lon() == null)) {
			errors.add(new FieldError("lat", messages.say("portal.error.position.incomplete")));
		}
		else if (knownSystem && r.lat() != null && !orders.inJurisdiction(r.lat(), r.lon(), r.coordSystem())) {
			errors.add(new FieldError("lat", messages.say("portal.error.position.outside")));
		}
		// the grid once the position is known good: with a position, the order's grid is the worker's grid there
		boolean placed = r.lat() != null && r.lon() != null && errors.stream()
			.noneMatch(e -> e.field().equals("lat") || e.field().equals("coordSystem"));
		String grid = gridOf(actor, PortalIntake.trim(r.gridCode()), placed ? r : null, errors);
		if (address == null && r.lat() == null) {
			errors.add(new FieldError("address", messages.say("portal.error.place.required")));
		}
		if (r.attachments().stream().anyMatch(a -> a == null || a.isBlank())) {
			errors.add(new FieldError("attachments", messages.say("intake.error.attachment.blank")));
		}
		String result = PortalIntake.trim(r.result());
		if (r.onSpot()) {
			if (!properties.grid().allowsOnSpot(r.itemCode())) {
				errors.add(new FieldError("itemCode", messages.say("intake.error.onSpot.notAllowed")));
			}
			if (result == null) {
				errors.add(new FieldError("result", messages.say("intake.error.onSpot.result")));
			}
			if (r.attachments().isEmpty()) {
				errors.add(new FieldError("attachments", messages.say("intake.error.onSpot.photos")));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(messages.say("intake.error.checkReport"), errors);
		}
		WorkOrderSummary order = orders.receive(new NewWorkOrder(Channel.GRID, content, null, null, null, null,
				address, r.lat(), r.lon(), r.coordSystem(), PortalIntake.trim(r.regionCode()), grid,
				PortalIntake.trim(r.itemCode()), null, false, r.attachments()), actor.username(), "GRID_WORKER");
		if (r.onSpot()) {
			// the photos are the order's, on its intake entry; the answer's entry says the worker closed it there
			order = orders.actAs(order.id(), "answer", Map.of("answer", result, "note",
					"网格员就地办结，证据照片 " + r.attachments().size() + " 张（见受理记录）"), actor.username(), "GRID_WORKER");
		}
		jdbc.sql("INSERT INTO in_grid_report (order_id, username, grid_code, closed_on_spot, created_at) "
				+ "VALUES (:order, :user, :grid, :onSpot, :now)")
			.param("order", order.id())
			.param("user", actor.username())
			.param("grid", grid)
			.param("onSpot", r.onSpot())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return order;
	}

	/**
	 * The report's grid. Without a position: the worker's only grid, or the one given if it is theirs (an
	 * administrator may name any). With a position ({@code placed}), the grid must hold it, so that a GRID order is
	 * in the worker's grid where the problem is: the given grid when it does, else the worker's grid that does (the
	 * position decides among their grids); in none of them: refused on {@code lat}. An administrator's named grid
	 * must hold it. A grid the place resolvers do not know is not checked.
	 */
	private String gridOf(Actor actor, String given, GridReport placed, List<FieldError> errors) {
		if (given != null && !actor.isAdmin() && (actor.gridCodes() == null || !actor.gridCodes().contains(given))) {
			errors.add(new FieldError("gridCode", messages.say("intake.error.grid.notYours")));
			return given;
		}
		List<String> mine = actor.isAdmin() || actor.gridCodes() == null ? List.of()
				: actor.gridCodes().stream().sorted().toList();
		if (placed != null) {
			List<String> candidates = new ArrayList<>();
			if (given != null) {
				candidates.add(given);
			}
			mine.stream().filter(g -> !g.equals(given)).forEach(candidates::add);
			boolean known = false;
			for (String g : candidates) {
				Optional<Boolean> holds = orders.inGrid(g, placed.lat(), placed.lon(), placed.coordSystem());
				if (holds.orElse(false)) {
					return g;
				}
				known |= holds.isPresent();
			}
			if (known) {
				errors.add(new FieldError("lat", actor.isAdmin()
						? messages.say("intake.error.position.outsideNamedGrid", given)
						: messages.say("intake.error.position.outsideGrid")));
				return given;
			}
		}
		if (given != null) {
			return given;
		}
		if (mine.size() == 1) {
			return mine.get(0);
		}
		errors.add(new FieldError("gridCode", messages.say("intake.error.grid.required")));
		return null;
	}
}
