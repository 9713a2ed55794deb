package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateDimension;
import org.liandong.identity.Actors;
import org.liandong.shared.InvalidRequestException;
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
	private final DashboardData dashboard;
	private final Clock clock;

	ReportController(Rankings rankings, MonthlyReport report, DashboardData dashboard, Clock clock) {
		this.rankings = rankings;
		this.report = report;
		this.dashboard = dashboard;
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
		return dashboard.of(Periods.month(month, clock), Actors.current());
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
