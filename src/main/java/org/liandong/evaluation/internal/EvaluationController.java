package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.UnitRates;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rates of CONTRACT §8 and their other groupings (docs/evaluation.md). Any signed-in user may read them. */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "Evaluation", description = "Rates, rankings and reports (CONTRACT §8, docs/evaluation.md)")
class EvaluationController {

	private static final String REGION = "only orders placed in this region (and below); the city, the root region, "
			+ "also has the orders with no place";

	private static final String UNKNOWN_UNIT = "No unit of that code (unit=)";

	private final Evaluation evaluation;
	private final Clock clock;

	EvaluationController(Evaluation evaluation, Clock clock) {
		this.evaluation = evaluation;
		this.clock = clock;
	}

	@GetMapping("/units")
	@Operation(summary = "Rates per unit, by score descending",
			description = "Units with activity in the range (own orders), or with unit= one row for the unit and "
					+ "every unit below it. Counting rules: docs/evaluation.md. from/to default to the current month.")
	@ApiResponse(responseCode = "200", description = "A page of unit rates")
	@ApiResponse(responseCode = "404", description = UNKNOWN_UNIT)
	PageResult<UnitRates> units(
			@Parameter(description = "Asia/Shanghai date, inclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Asia/Shanghai date, exclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = REGION) @RequestParam(required = false) String region,
			@Parameter(description = "one row for this unit and its descendants") @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var range = Periods.range(from, to, clock);
		List<RateRow> rows = evaluation.rates(new RateQuery(range.from(), range.to(), region, unit, RateDimension.UNIT));
		return page(rows.stream().map(UnitRates::of).toList(), PageQuery.of(page, size));
	}

	@GetMapping("/rates")
	@Operation(summary = "Rates grouped by unit, district, street, item or period",
			description = "by = UNIT | DISTRICT | STREET | ITEM | DAY | MONTH | QUARTER | YEAR (default UNIT). Rows "
					+ "{key, name, counters, avgHandleHours, rates, score}; periods by key ascending, the others by "
					+ "score descending. By DISTRICT or STREET, the orders with no place are one row with key null "
					+ "and name 未定位.")
	@ApiResponse(responseCode = "200", description = "A page of rate rows")
	@ApiResponse(responseCode = "404", description = UNKNOWN_UNIT)
	PageResult<RateRow> rates(@RequestParam(required = false) String by,
			@Parameter(description = "Asia/Shanghai date, inclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Asia/Shanghai date, exclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = REGION) @RequestParam(required = false) String region,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		RateDimension dimension = dimension(by);
		var range = Periods.range(from, to, clock);
		List<RateRow> rows = evaluation.rates(new RateQuery(range.from(), range.to(), region,
				unit, dimension));
		if (isPeriod(dimension)) {
			rows = rows.stream().sorted(java.util.Comparator.comparing(RateRow::key)).toList();
		}
		return page(rows, PageQuery.of(page, size));
	}

	static boolean isPeriod(RateDimension d) {
		return d == RateDimension.DAY || d == RateDimension.MONTH || d == RateDimension.QUARTER
				|| d == RateDimension.YEAR;
	}

	static RateDimension dimension(String by) {
		if (by == null || by.isBlank()) {
			return RateDimension.UNIT;
		}
		try {
			return RateDimension.valueOf(by.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("by", "by must be one of UNIT, DISTRICT, STREET, ITEM, DAY, MONTH, "
					+ "QUARTER, YEAR");
		}
	}

	static <T> PageResult<T> page(List<T> all, PageQuery q) {
		int start = (int) Math.min(all.size(), q.offset());
		int end = Math.min(all.size(), start + q.size());
		return PageResult.of(all.subList(start, end), q, all.size());
	}
}
