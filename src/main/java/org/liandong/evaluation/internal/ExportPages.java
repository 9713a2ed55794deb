package org.liandong.evaluation.internal;

import java.time.Clock;

import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's export buttons: a post starts a job and answers its progress panel, which polls itself (htmx)
 * until it turns into the download link or the reason of the failure. Without htmx the same panel is a page.
 */
@Controller
class ExportPages {

	private final ExportJobs jobs;
	private final Clock clock;

	ExportPages(ExportJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@PostMapping("/evaluation/exports")
	String start(@RequestParam String format, @RequestParam(required = false) String month,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		EvaluationPages.require(Role.LEADER, Role.SUPERVISOR, Role.DISPATCHER);
		ExportJob job = jobs.start(Actors.current(), ExportFormat.parse(format), Periods.month(month, clock));
		if (htmx == null) {
			return "redirect:/evaluation/exports/" + job.id();
		}
		model.addAttribute("job", job);
		return "evaluation/export-job :: job";
	}

	@GetMapping("/evaluation/exports/{id}")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("job", jobs.find(Actors.current(), id));
		return htmx == null ? "evaluation/export" : "evaluation/export-job :: job";
	}

	@GetMapping("/evaluation/exports/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable String id) {
		return ExportController.download(jobs, id);
	}
}
