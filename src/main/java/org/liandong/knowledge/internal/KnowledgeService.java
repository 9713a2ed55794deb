package org.liandong.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.knowledge.KnowledgeBase;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.Zones;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes articles and keeps the search index in step: rebuilt at start, after every write on this node,
 * and every few minutes to pick up writes of other nodes.
 */
@Service
class KnowledgeService implements KnowledgeBase {

	private final Articles articles;
	private final Clock clock;
	private final Directory directory;
	private final KnowledgeIndex index = new KnowledgeIndex();

	KnowledgeService(Articles articles, Clock clock, Directory directory) {
		this.articles = articles;
		this.clock = clock;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${liandong.knowledge.reindex-interval:PT5M}")
	void reindex() {
		LocalDate today = Zones.cityDate(clock.instant());
		index.rebuild(articles.all().stream().filter(a -> searchable(a, today)).toList());
	}

	static boolean searchable(KnowledgeArticle a, LocalDate today) {
		return "PUBLISHED".equals(a.status()) && (a.validFrom() == null || !a.validFrom().isAfter(today))
				&& (a.validTo() == null || !a.validTo().isBefore(today)); // valid to the day: through that day
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeArticle> search(String text, int size) {
		List<String> ids = index.search(text, Math.max(1, Math.min(size, 100)));
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = Zones.cityDate(clock.instant());
		Map<String, KnowledgeArticle> byId = ids.stream()
			.map(articles::find)
			.flatMap(Optional::stream)
			.filter(a -> searchable(a, today))
			.collect(Collectors.toMap(KnowledgeArticle::id, Function.identity()));
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<KnowledgeArticle> find(String id) {
		return articles.find(id);
	}

	@Transactional(readOnly = true)
	List<KnowledgeArticle> all() {
		return articles.all();
	}

	/**
	 * Creates an article, the draft read only once the actor is known to maintain some articles (403 before a
	 * malformed body's 400); whether the draft's unit is the actor's is checked after it is read.
	 */
	@Transactional
	KnowledgeArticle create(Actor actor, Supplier<KnowledgeArticle> body) {
		checkMaintainer(actor);
		KnowledgeArticle draft = body.get();
		checkWriter(actor, draft.unitCode());
		validate(draft);
		KnowledgeArticle a = withId(draft, UUID.randomUUID().toString());
		articles.insert(a, actor.username(), clock.instant());
		reindex();
		return articles.find(a.id()).orElseThrow();
	}

	/** A change to an article as read from a request: the article and the version it was read at (optional). */
	record Change(KnowledgeArticle article, Integer version) {
	}

	/**
	 * Updates an article, the change read only once the article is found (404) and the actor may maintain it (403):
	 * a malformed body answers 400 after them.
	 */
	@Transactional
	KnowledgeArticle update(Actor actor, String id, Supplier<Change> body) {
		KnowledgeArticle current = articles.find(id)
			.orElseThrow(() -> new NotFoundException("Knowledge article " + id + " not found."));
		checkWriter(actor, current.unitCode());
		Change change = body.get();
		KnowledgeArticle changed = change.article();
		Integer version = change.version();
		checkWriter(actor, changed.unitCode());
		validate(changed);
		int expected = version == null ? current.version() : version;
		if (!articles.update(withId(changed, id), expected, clock.instant())) {
			throw new ConflictException("The article was changed by someone else (version " + current.version() + ").");
		}
		reindex();
		return articles.find(id).orElseThrow();
	}

	/** What bean validation cannot see: each keyword given, the owning unit known, the validity in order. */
	private void validate(KnowledgeArticle a) {
		List<FieldError> errors = new ArrayList<>();
		if (a.keywords().stream().anyMatch(k -> k == null || k.isBlank())) {
			errors.add(new FieldError("keywords", "must not contain empty keywords"));
		}
		if (a.unitCode() != null && directory.unit(a.unitCode()).isEmpty()) {
			errors.add(new FieldError("unitCode", "Unknown unit."));
		}
		if (a.validFrom() != null && a.validTo() != null && a.validTo().isBefore(a.validFrom())) {
			errors.add(new FieldError("validTo", "must not be before validFrom"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("Invalid article", errors);
		}
	}

	/** Only operators, administrators and handlers maintain articles at all (whatever the article). */
	static void checkMaintainer(Actor actor) {
		if (!(actor.isAdmin() || actor.is(Role.OPERATOR) || actor.is(Role.HANDLER))) {
			throw new ForbiddenException("You may not maintain this knowledge article.");
		}
	}

	/** Operators and administrators maintain every article; a unit's handlers maintain their unit's articles. */
	static void checkWriter(Actor actor, String unitCode) {
		checkMaintainer(actor);
		if (actor.isAdmin() || actor.is(Role.OPERATOR)) {
			return;
		}
		if (actor.is(Role.HANDLER) && actor.unitCode() != null && actor.unitCode().equals(unitCode)) {
			return;
		}
		throw new ForbiddenException("You may not maintain this knowledge article.");
	}

	private static KnowledgeArticle withId(KnowledgeArticle a, String id) {
		return new KnowledgeArticle(id, a.title(), a.body(), a.keywords(), a.category(), a.unitCode(), a.validFrom(),
				a.validTo(), a.status(), a.useCount(), a.version());
	}
}
