package org.liandong.linkage.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The whistle API of CONTRACT §7. */
@RestController
@RequestMapping("/api/v1/whistles")
@Tag(name = "Linkage", description = "Whistles (吹哨), reports (报到) and ratings (CONTRACT §7)")
class WhistleController {

	private final WhistleService service;
	private final WhistleStatistics statistics;

	WhistleController(WhistleService service, WhistleStatistics statistics) {
		this.service = service;
		this.statistics = statistics;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@SendsLocation("The whistle created: /api/v1/whistles/{id}")
	@PostMapping
	@Operation(summary = "Blow a whistle (by a handler of the blowing unit)",
			description = "Honours an Idempotency-Key header. Summoned units see the work order.")
	@RequestBody(required = true, content = @Content(schema = @Schema(implementation = WhistleRequests.Blow.class)))
	@ApiResponse(responseCode = "404", description = "No such work order (workOrderId), or the caller may not see it")
	ResponseEntity<WhistleView> blow(JsonBody body) {
		WhistleView view = service.blow(Actors.current(), () -> orderReference(body),
				() -> body.parse(WhistleRequests.Blow.class));
		return ResponseEntity.created(URI.create("/api/v1/whistles/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "Whistles the caller may see, newest first (timelines omitted)")
	PageResult<WhistleView> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String workOrderId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return service.list(Actors.current(), unit, open, workOrderId, PageQuery.of(page, size));
	}

	@GetMapping("/statistics")
	@Operation(summary = "Per unit: whistles blown relative to its orders, reports on time, average rating")
	List<WhistleStatistics.UnitStatistics> statistics(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return statistics.perUnit(Actors.current(), unit, from, to);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One whistle with reports, missing and late units, ratings and its timeline")
	WhistleView get(@PathVariable String id) {
		return service.get(Actors.current(), id);
	}

	@PostMapping("/{id}/report")
	@Operation(summary = "A summoned unit reports (报到)")
	@RequestBody(required = true, content = @Content(schema = @Schema(implementation = WhistleRequests.Report.class)))
	WhistleView report(@PathVariable String id, JsonBody body) {
		return service.report(Actors.current(), id, () -> body.parse(WhistleRequests.Report.class));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "The blowing unit closes the whistle")
	@RequestBody(required = true, content = @Content(schema = @Schema(implementation = WhistleRequests.Close.class)))
	WhistleView close(@PathVariable String id, JsonBody body) {
		return service.close(Actors.current(), id, () -> body.parse(WhistleRequests.Close.class));
	}

	@PostMapping("/{id}/rate")
	@Operation(summary = "The blowing unit rates a responder (1–5) after closing")
	@RequestBody(required = true, content = @Content(schema = @Schema(implementation = WhistleRequests.Rate.class)))
	WhistleView rate(@PathVariable String id, JsonBody body) {
		return service.rate(Actors.current(), id, () -> body.parse(WhistleRequests.Rate.class));
	}

	/** The order the body names, if it names one as a string (the body is checked in full later). */
	private static String orderReference(JsonBody body) {
		var reference = body.tree().get("workOrderId");
		return reference != null && reference.isString() ? reference.asString() : null;
	}
}
