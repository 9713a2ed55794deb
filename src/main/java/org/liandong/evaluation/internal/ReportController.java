package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.evaluation.RateRow;
import org.liandong.identity.Actors;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monthly rankings, the dashboard's data and the monthly report downloads (CONTRACT §8). */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "Evaluation")
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Rankings rankings;
	private final MonthlyReport report;
	private final Evaluation evaluation;
	private final WorkOrders orders;
	private final Clock clock;

	ReportController(Rankings rankings, MonthlyReport report, Evaluation evaluation, WorkOrders orders, Clock clock) {
		this.rankings = rankings;
		this.report = report;
		this.evaluation = evaluation;
		this.orders = orders;
		this.clock = clock;
	}

	@GetMapping("/rankings")
	@Operation(summary = "Monthly ranking of units (kind=UNIT) or streets/towns (kind=STREET) with classes",
			description = "A street ranking lists the orders with no place last, as key null and name 未定位, "
					+ "without a rank or class.")
	List<RankingEntry> rankings(@RequestParam(required = false) String month,
			@RequestParam(required = false) String kind) {
		return rankings.monthly(Periods.month(month, clock), kind(kind));
	}

	@GetMapping("/report.xlsx")
	@Operation(summary = "The monthly evaluation report as Excel")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month) {
		YearMonth m = Periods.month(month, clock);
		return download(ExcelReport.render(report.of(m)), XLSX, "evaluation-" + m + ".xlsx");
	}

	@GetMapping("/report.pdf")
	@Operation(summary = "The monthly evaluation report as PDF (Chinese, embedded CJK font)")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month) {
		YearMonth m = Periods.month(month, clock);
		return download(PdfReport.render(report.of(m)), MediaType.APPLICATION_PDF, "evaluation-" + m + ".pdf");
	}

	@GetMapping("/dashboard")
	@Operation(summary = "The leaders' dashboard data for a month: daily volume, top items, districts, overdue, "
			+ "order points (at most 1,000, only orders the caller may see)")
	Map<String, Object> dashboard(@RequestParam(required = false) String month) {
		YearMonth m = Periods.month(month, clock);
		var range = Periods.of(m);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("month", m.toString());
		data.put("trend", evaluation.rates(q(range, RateDimension.DAY)).stream()
			.sorted(Comparator.comparing(RateRow::key)).toList());
		data.put("topItems", top(evaluation.rates(q(range, RateDimension.ITEM)),
				Comparator.comparingLong(RateRow::dispatched)));
		// The orders with no place (key null) are not a district: after the districts.
		data.put("districts", evaluation.rates(q(range, RateDimension.DISTRICT)).stream()
			.sorted(Comparator.comparing(r -> r.key() == null))
			.toList());
		data.put("overdue", top(evaluation.rates(q(range, RateDimension.UNIT)),
				Comparator.comparingLong(RateRow::overdue)));
		var filter = new WorkOrderFilter(null, null, null, null, null, null, null, range.from(), range.to(), null, null);
		data.put("points", orders.search(Actors.current(), filter, new PageQuery(0, 1000)).content().stream()
			.filter(o -> o.lat() != null && o.lon() != null)
			.map(o -> Map.of("lat", o.lat(), "lon", o.lon(), "number", o.number(), "status", o.status().name()))
			.toList());
		return data;
	}

	private static RateQuery q(Periods.Range range, RateDimension d) {
		return new RateQuery(range.from(), range.to(), null, null, d);
	}

	private static List<RateRow> top(List<RateRow> rows, Comparator<RateRow> by) {
		return rows.stream().filter(r -> r.key() != null).sorted(by.reversed()).limit(10).toList();
	}

	static RateDimension kind(String kind) {
		if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("UNIT")) {
			return RateDimension.UNIT;
		}
		if (kind.equalsIgnoreCase("STREET")) {
			return RateDimension.STREET;
		}
		throw new InvalidRequestException("kind", "kind must be UNIT or STREET");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
