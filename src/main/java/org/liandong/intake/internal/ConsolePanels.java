package org.liandong.intake.internal;

import org.liandong.shared.PhoneNumbers;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.liandong.directory.Directory;
import org.liandong.directory.RegionLevel;
import org.liandong.identity.Actor;
import org.liandong.intake.TriageAdvisor;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.knowledge.KnowledgeBase;
import org.liandong.shared.PageQuery;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The console's side panels: the caller's earlier orders, articles, the triage suggestion, similar open orders. */
@Component
class ConsolePanels {

	private final WorkOrders orders;
	private final KnowledgeBase knowledge;
	private final DuplicateFinder duplicates;
	private final ConsoleIntake intake;
	private final IntakeSeams seams;
	private final Directory directory;

	ConsolePanels(WorkOrders orders, KnowledgeBase knowledge, DuplicateFinder duplicates, ConsoleIntake intake,
			IntakeSeams seams, Directory directory) {
		this.orders = orders;
		this.knowledge = knowledge;
		this.duplicates = duplicates;
		this.intake = intake;
		this.seams = seams;
		this.directory = directory;
	}

	/** The caller's latest orders the operator may see (none for a number that is not a phone number). */
	List<WorkOrderSummary> history(Actor actor, String phone) {
		String p = PhoneNumbers.normalize(PortalIntake.trim(phone));
		if (p == null || !PhoneNumbers.isValid(p)) {
			return List.of();
		}
		var filter = new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null, p);
		return orders.search(actor, filter, PageQuery.of(0, 10)).content();
	}

	List<KnowledgeArticle> articles(String text) {
		String t = PortalIntake.trim(text);
		return t == null ? List.of() : knowledge.search(t.length() > 200 ? t.substring(0, 200) : t, 5);
	}

	Optional<TriageAdvisor.Suggestion> suggestion(ConsoleForm form) {
		String content = PortalIntake.trim(form.content());
		return content == null ? Optional.empty()
				: seams.triage().suggest(content, PortalIntake.trim(form.address()), null, null);
	}

	/** Open orders the call probably duplicates, that the operator may see, best first. */
	List<DuplicateFinder.Proposal> similar(Actor actor, ConsoleForm form) {
		if (PortalIntake.trim(form.content()) == null) {
			return List.of();
		}
		String phone = PortalIntake.trim(form.citizenPhone());
		// a list: each candidate's title as a list shows it, without its citizen's name and numbers
		return duplicates.find(intake.draft(form), phone)
			.stream()
			.filter(p -> orders.isVisibleTo(actor, p.candidate().id()))
			.limit(5)
			.map(p -> orders.findListed(p.candidate().id())
				.map(listed -> new DuplicateFinder.Proposal(listed, p.reason(), p.score()))
				.orElse(p))
			.toList();
	}

	void choices(Model model) {
		model.addAttribute("channels", ConsoleIntake.CHANNELS.stream().sorted().toList());
		model.addAttribute("natures", Nature.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("regions", directory.allRegions()
			.stream()
			.filter(r -> r.level() == RegionLevel.DISTRICT || r.level() == RegionLevel.STREET)
			.sorted(Comparator.comparing(r -> r.code()))
			.toList());
		model.addAttribute("items", directory.allItems());
	}
}
