package org.liandong.directory.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.ProblemDetailsAdvice;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The responsibility list (CONTRACT §3): reading for any authenticated caller, writing for administrators. Writes
 * check existence (404) and rights (403) before reading the body (400), as the contract's precedence asks.
 */
@RestController
@RequestMapping("/api/v1/items")
class ItemController {

	private final DirectoryQueries queries;

	private final InMemoryDirectory directory;

	private final ItemService service;

	private final ItemExport export;

	ItemController(DirectoryQueries queries, InMemoryDirectory directory, ItemService service, ItemExport export) {
		this.queries = queries;
		this.directory = directory;
		this.service = service;
		this.export = export;
	}

	/** Items matching a text (code, name, path, keywords) and a top-level category. */
	@Operation(summary = "Items of the responsibility list (责任清单), by words (q) and domain")
	@GetMapping
	PageResult<ItemJson> items(@RequestParam(required = false) String q,
			@RequestParam(required = false) String domain, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.items(q, domain, PageQuery.of(page, size)).map(ItemJson::of);
	}

	@Operation(summary = "One item with its unit rule and limits")
	@GetMapping("/{code}")
	ItemJson item(@PathVariable String code) {
		return ItemJson.of(entry(code));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates an item (ADMIN)")
	@SendsLocation("The item created: /api/v1/items/{code}")
	@PostMapping
	@RequestBody(content = @Content(schema = @Schema(implementation = ItemJson.class)))
	ResponseEntity<ItemJson> create(JsonBody body) {
		AdminOnly.check();
		ItemEntry created = service.create(body.read(ItemJson.class).draft());
		return ResponseEntity.created(URI.create("/api/v1/items/" + created.item().code())).body(ItemJson.of(created));
	}

	@Operation(summary = "Changes an item; version for optimistic locking (ADMIN)")
	@PutMapping("/{code}")
	@RequestBody(content = @Content(schema = @Schema(implementation = ItemJson.class)))
	ItemJson update(@PathVariable String code, JsonBody body) {
		entry(code);
		AdminOnly.check();
		ItemJson item = body.read(ItemJson.class);
		return ItemJson.of(service.update(code, item.draft(), item.version()));
	}

	@Operation(summary = "The responsibility list as CSV (UTF-8; formula-looking cells neutralised)")
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv() {
		return export.csv();
	}

	@Operation(summary = "The responsibility list as an Excel workbook")
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx() {
		return export.xlsx();
	}

	/**
	 * Imports a CSV or .xlsx file: all rows or none; 400 with the row-level report when any row is wrong. The part is
	 * optional for Spring so that a non-administrator gets 403 whatever was sent, and a request that is not multipart
	 * or lacks the part gets 400 rather than a 500.
	 */
	@Operation(summary = "Imports a CSV or Excel file: every row checked first, all or nothing (ADMIN)")
	@PostMapping("/import")
	@RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
			schema = @Schema(implementation = ImportUpload.class)))
	@ApiResponse(responseCode = "200", description = "Every row imported",
			content = @Content(schema = @Schema(implementation = ImportReport.class)))
	@ApiResponse(responseCode = "400", description = "No file part, or rows with errors (nothing imported): a problem"
			+ " detail with the report's rows, imported (0), created, updated and errors [{row, column, field, message}]",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Not an administrator (whatever was sent)")
	ResponseEntity<?> importFile(HttpServletRequest request) throws IOException {
		AdminOnly.check();
		// the parts are read (and a malformed multipart body refused, 400) only after the check
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		MultipartFile file = multipart == null ? null : multipart.getFile("file");
		if (file == null) {
			throw new InvalidRequestException("file",
					"is missing: send multipart/form-data with the CSV or .xlsx file in a part named file");
		}
		ImportReport report = export.importFile(file.getOriginalFilename(), file.getBytes());
		return report.ok() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(refused(report));
	}

	/**
	 * A refused import as a problem detail that keeps the report's members; each error also names its
	 * {@code field} (the column, or {@code file} for a problem of the whole file or row), as other 400s do.
	 */
	private static ProblemDetail refused(ImportReport report) {
		ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.BAD_REQUEST, "invalid-request",
				"Invalid request", report.errors().size() + " error(s) in the file; nothing was imported.");
		problem.setProperty("rows", report.rows());
		problem.setProperty("imported", report.imported());
		problem.setProperty("created", report.created());
		problem.setProperty("updated", report.updated());
		problem.setProperty("errors", report.errors().stream().map(e -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("row", e.row());
			error.put("column", e.column());
			error.put("field", e.column() == null ? "file" : e.column());
			error.put("message", e.message());
			return error;
		}).toList());
		return problem;
	}

	/** The multipart body of an import, for the OpenAPI document. */
	record ImportUpload(@Schema(type = "string", format = "binary", description = "CSV (UTF-8) or .xlsx",
			requiredMode = Schema.RequiredMode.REQUIRED) MultipartFile file) {
	}

	private ItemEntry entry(String code) {
		ItemEntry e = directory.snapshot().items.get(code);
		if (e == null) {
			throw new NotFoundException("No item " + code);
		}
		return e;
	}
}
