package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.evaluation.RateDimension;
import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ForbiddenException;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public league table (晒一晒), the leaders' dashboard (and its data) and the list of flagged replies. */
@Controller
class EvaluationPages {

	private final Rankings rankings;
	private final ReplyQualityStore quality;
	private final DashboardData dashboard;
	private final WorkOrders orders;
	private final Clock clock;

	EvaluationPages(Rankings rankings, ReplyQualityStore quality, DashboardData dashboard, WorkOrders orders,
			Clock clock) {
		this.rankings = rankings;
		this.quality = quality;
		this.dashboard = dashboard;
		this.orders = orders;
		this.clock = clock;
	}

	/** No login and no personal data: names of units and streets, counts, rates, scores and classes only. */
	@GetMapping("/public/rankings")
	String publicRankings(@RequestParam(required = false) String month, Model model) {
		YearMonth m = Periods.month(month, clock);
		model.addAttribute("month", m);
		model.addAttribute("previous", m.equals(Periods.FIRST) ? null : m.minusMonths(1));
		// no link on to a month still to come: it has no ranking yet
		model.addAttribute("next", m.equals(Periods.LAST) || !m.isBefore(Periods.month(null, clock)) ? null
				: m.plusMonths(1));
		model.addAttribute("units", rankings.monthly(m, RateDimension.UNIT));
		model.addAttribute("streets", rankings.monthly(m, RateDimension.STREET));
		model.addAttribute("minDispatched", rankings.minDispatched());
		return "public/rankings";
	}

	@GetMapping("/evaluation/dashboard")
	String dashboard(@RequestParam(required = false) String month, Model model) {
		require(Role.LEADER, Role.SUPERVISOR, Role.DISPATCHER);
		model.addAttribute("month", Periods.month(month, clock));
		model.addAttribute("statuses", WorkOrderStatus.values());
		return "evaluation/dashboard";
	}

	/**
	 * The dashboard's data for its script, with the page session (the API under {@code /api/v1} takes Basic or a
	 * bearer token only): the same JSON as {@code GET /api/v1/evaluation/dashboard}, for the page's roles.
	 */
	@GetMapping(path = "/evaluation/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> dashboardData(@RequestParam(required = false) String month) {
		require(Role.LEADER, Role.SUPERVISOR, Role.DISPATCHER);
		return dashboard.of(Periods.month(month, clock), Actors.current());
	}

	@GetMapping("/evaluation/reply-quality")
	String replyQuality(Model model) {
		require(Role.SUPERVISOR, Role.LEADER);
		// the newest 200 of the caller's scope (a district's supervisor sees the district's orders only), looked for
		// among the newest 1,000 flagged
		List<ReplyQualityStore.Entry> newest = quality.flagged(1000);
		java.util.Set<String> visible = orders.visibleAmong(Actors.current(),
				newest.stream().map(ReplyQualityStore.Entry::orderId).distinct().toList());
		List<ReplyQualityStore.Entry> entries = newest.stream().filter(e -> visible.contains(e.orderId())).limit(200)
			.toList();
		model.addAttribute("entries", entries);
		// shown by number and unit name; the ids stay in the links only
		Map<String, String> numbers = new HashMap<>();
		orders.findAll(entries.stream().map(ReplyQualityStore.Entry::orderId).distinct().toList())
			.forEach(o -> numbers.put(o.id(), o.number()));
		model.addAttribute("numbers", numbers); // (the units by name through PageNames)
		return "evaluation/reply-quality";
	}

	static void require(Role... roles) {
		Actor actor = Actors.current();
		if (actor.isAdmin()) {
			return;
		}
		for (Role r : roles) {
			if (actor.is(r)) {
				return;
			}
		}
		throw new ForbiddenException("This page is for " + java.util.Arrays.toString(roles));
	}
}
