package org.liandong.knowledge.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/v1/knowledge}: search ({@code ?q=}) and list for every signed-in user; create and update for
 * operators, administrators and the owning unit's handlers. Archiving is an update to status ARCHIVED. A body is read
 * after the article is found (404) and the caller's rights are checked (403), so a malformed one answers 400 after them.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeController {

	private final KnowledgeService service;

	KnowledgeController(KnowledgeService service) {
		this.service = service;
	}

	/** Body of create and update: at least one keyword (search weighs them, docs/intake.md). */
	record ArticleRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
			@NotEmpty @Size(max = 30) List<@Size(max = 50) String> keywords, @Size(max = 100) String category,
			@Size(max = 64) String unitCode, LocalDate validFrom, LocalDate validTo,
			@Pattern(regexp = "DRAFT|PUBLISHED|ARCHIVED") String status, Integer version) {

		KnowledgeArticle toArticle() {
			return new KnowledgeArticle(null, title.strip(), body.strip(), keywords,
					blankToNull(category), blankToNull(unitCode), validFrom, validTo,
					status == null ? "PUBLISHED" : status, 0, 0);
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}
	}

	@Operation(summary = "Knowledge articles; q searches them (smartcn), without q every article")
	@GetMapping
	PageResult<KnowledgeArticle> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actors.current();
		PageQuery p = PageQuery.of(page, size);
		List<KnowledgeArticle> all = q == null || q.isBlank() ? service.all() : service.search(q, 100);
		int from = (int) Math.min(all.size(), p.offset());
		int to = Math.min(all.size(), from + p.size());
		return PageResult.of(all.subList(from, to), p, all.size());
	}

	@Operation(summary = "One knowledge article")
	@GetMapping("/{id}")
	KnowledgeArticle one(@PathVariable String id) {
		return service.find(id).orElseThrow(() -> new NotFoundException("Knowledge article " + id + " not found."));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates an article (operators, ADMIN; a unit's handlers for their unit)")
	@SendsLocation("The article created: /api/v1/knowledge/{id}")
	@PostMapping
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = ArticleRequest.class)))
	ResponseEntity<KnowledgeArticle> create(JsonBody body) {
		KnowledgeArticle a = service.create(Actors.current(), () -> body.read(ArticleRequest.class).toArticle());
		return ResponseEntity.created(URI.create("/api/v1/knowledge/" + a.id())).body(a);
	}

	@Operation(summary = "Changes an article; version for optimistic locking")
	@PutMapping("/{id}")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = ArticleRequest.class)))
	KnowledgeArticle update(@PathVariable String id, JsonBody body) {
		return service.update(Actors.current(), id, () -> {
			ArticleRequest request = body.read(ArticleRequest.class);
			return new KnowledgeService.Change(request.toArticle(), request.version());
		});
	}
}
