package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.liandong.identity.Actor;
import org.liandong.shared.ConflictException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.TransactionEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Asynchronous exports of the monthly report: a job is a row ({@code ev_export_job}) built by a small pool of
 * workers of its own, with its progress taken from the report builders' real steps, and its file kept in the row
 * until it expires. Only the requesting user (or an admin) sees a job; to anyone else it does not exist.
 */
@Component
class ExportJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

	static final String INTERRUPTED = "Interrupted by a restart of the application; please start the export again.";

	private final ExportJobStore store;
	private final MonthlyReport report;
	private final Clock clock;
	private final EvaluationProperties.Export config;
	private final ExecutorService workers;

	ExportJobs(ExportJobStore store, MonthlyReport report, Clock clock, EvaluationProperties properties) {
		this.store = store;
		this.report = report;
		this.clock = clock;
		this.config = properties.export();
		AtomicInteger n = new AtomicInteger();
		// A pool of our own: exports are slow and must not hold up the event listeners' executor.
		this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
			Thread t = new Thread(task, "ev-export-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/** Queues an export; the worker starts once the caller's transaction (if any) has committed the job row. */
	ExportJob start(Actor actor, ExportFormat format, YearMonth month) {
		String id = UUID.randomUUID().toString();
		store.insert(id, actor.userId(), format, month.toString(), clock.instant());
		ExportJob queued = store.find(id).orElseThrow();
		TransactionEnd.afterCommit(
				() -> workers.execute(() -> build(id, format.fileName(month), p -> render(format, month, p))));
		return queued;
	}

	ExportJob find(Actor actor, String id) {
		return store.find(id)
			.filter(job -> actor.isAdmin() || job.ownerId().equals(actor.userId()))
			.filter(job -> job.expiresAt() == null || job.expiresAt().isAfter(clock.instant()))
			.orElseThrow(() -> new NotFoundException("No export job " + id));
	}

	byte[] file(Actor actor, String id) {
		ExportJob job = find(actor, id);
		if (job.state() != ExportJob.State.DONE) {
			throw new ConflictException("The export is " + job.state() + ", not DONE");
		}
		return store.content(id).orElseThrow(() -> new NotFoundException("No export job " + id));
	}

	private byte[] render(ExportFormat format, YearMonth month, ExportProgress progress) {
		var content = report.of(month, progress.within(0, 60));
		return switch (format) {
			case XLSX -> ExcelReport.render(content, progress.within(60, 99));
			case PDF -> PdfReport.render(content, progress.within(60, 99));
		};
	}

	/** Runs one queued job with the given builder (which reports its progress); package-private for tests. */
	void build(String id, String fileName, Function<ExportProgress, byte[]> builder) {
		if (!store.start(id)) {
			return;
		}
		try {
			AtomicInteger last = new AtomicInteger();
			byte[] bytes = builder.apply(percent -> {
				if (percent > last.get() && percent < 100) {
					last.set(percent);
					store.progress(id, percent);
				}
			});
			Instant now = clock.instant();
			store.done(id, fileName, bytes, now, now.plus(config.keep()));
		}
		catch (RuntimeException | OutOfMemoryError e) {
			LOG.warn("Export job {} failed", id, e);
			Instant now = clock.instant();
			store.failed(id, reason(e), now, now.plus(config.keep()));
		}
	}

	/**
	 * A job that was queued or running when the process stopped will never finish: fail it, so that nobody waits
	 * for it forever. (One application node per database, as the rest of the platform's pollers assume.)
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		Instant now = clock.instant();
		int failed = store.failUnfinished(INTERRUPTED, now, now.plus(config.keep()));
		if (failed > 0) {
			LOG.info("Marked {} interrupted export job(s) FAILED", failed);
		}
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${liandong.evaluation.export.purge-interval:PT10M}")
	void purgeExpired() {
		store.purgeExpired(clock.instant());
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	private static String reason(Throwable e) {
		if (e instanceof OutOfMemoryError) {
			return "The report was too large to build in memory.";
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
