package org.liandong.evaluation.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import org.liandong.identity.Actors;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;

/**
 * Asynchronous exports of the monthly report (docs/evaluation.md § Monthly reports): start a job, follow its
 * progress, download the file. The synchronous downloads of CONTRACT §8 stay as they are.
 */
@RestController
@RequestMapping("/api/v1/evaluation/exports")
@Tag(name = "Evaluation")
class ExportController {

	static final String BASE = "/api/v1/evaluation/exports/";

	/** Which report to build: {@code format} XLSX or PDF, {@code month} YYYY-MM (default the current month). */
	record ExportRequest(@NotBlank String format, String month) {
	}

	/** A job as the API shows it; {@code downloadUrl} once DONE, {@code error} once FAILED. */
	record ExportJobView(String id, String format, String month, String state, int progress, String error,
			String fileName, Long size, Instant createdAt, Instant finishedAt, Instant expiresAt, String downloadUrl) {

		static ExportJobView of(ExportJob j) {
			return new ExportJobView(j.id(), j.format().name(), j.month(), j.state().name(), j.progress(), j.error(),
					j.fileName(), j.size(), j.createdAt(), j.finishedAt(), j.expiresAt(),
					j.state() == ExportJob.State.DONE ? BASE + j.id() + "/file" : null);
		}
	}

	private final ExportJobs jobs;
	private final Clock clock;

	ExportController(ExportJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@SendsLocation("The export job to poll: /api/v1/evaluation/exports/{id}")
	@PostMapping
	@Operation(summary = "Start an export of the monthly report (202, Location of the job); any signed-in user",
			description = "Honours an Idempotency-Key header. Poll the job until DONE or FAILED.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = ExportRequest.class)))
	ResponseEntity<ExportJobView> start(JsonBody body) {
		ExportRequest request = body.read(ExportRequest.class); // a value of the wrong kind names its field
		ExportFormat format = ExportFormat.parse(request.format());
		ExportJob job = jobs.start(Actors.current(), format, Periods.month(request.month(), clock));
		return ResponseEntity.accepted().location(URI.create(BASE + job.id())).body(ExportJobView.of(job));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An export job: state QUEUED/RUNNING/DONE/FAILED, progress 0-100, download link when done",
			description = "Only the user who started it (or an admin) sees a job; others get 404.")
	ExportJobView job(@PathVariable String id) {
		return ExportJobView.of(jobs.find(Actors.current(), id));
	}

	@GetMapping("/{id}/file")
	@Operation(summary = "The exported file of a DONE job (409 while it is still being built)")
	@ApiResponse(responseCode = "200", description = "The exported file (Excel or PDF, as the job asked)")
	@ApiResponse(responseCode = "409", description = "The job is not DONE (still being built, or failed)")
	ResponseEntity<byte[]> file(@PathVariable String id) {
		return download(jobs, id);
	}

	static ResponseEntity<byte[]> download(ExportJobs jobs, String id) {
		var actor = Actors.current();
		ExportJob job = jobs.find(actor, id);
		byte[] body = jobs.file(actor, id);
		return ResponseEntity.ok()
			.contentType(job.format().mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(job.fileName()).build().toString())
			.body(body);
	}
}
