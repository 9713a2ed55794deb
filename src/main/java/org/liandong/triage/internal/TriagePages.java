package org.liandong.triage.internal;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.web.NavLink;
import org.liandong.triage.Triage;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /triage} page for operators and dispatchers: try a text (with an address or a point) and see the
 * suggestion, its candidates, the place and why, and the current model's version and figures.
 */
@Controller
class TriagePages {

	private static final int MAX_TEXT = 4000;

	private static final int MAX_ADDRESS = 500;

	private final Triage triage;

	private final DomainClassifier classifier;

	private final ModelStore store;

	private final HistoryNeighbours history;

	private final JsonMapper json;

	TriagePages(Triage triage, DomainClassifier classifier, ModelStore store, HistoryNeighbours history,
			JsonMapper json) {
		this.triage = triage;
		this.classifier = classifier;
		this.store = store;
		this.history = history;
		this.json = json;
	}

	@Bean
	static NavLink triageLink() {
		return NavLink.forRoles("/triage", "nav.triage", 150, "ADMIN", "OPERATOR", "DISPATCHER");
	}

	/**
	 * The page, and its form's answer. The form posts (a 4,000-character text, percent-encoded, would pass the
	 * request line's limit as a query and get the server's bare 400); a link with the text in the query still works.
	 */
	@RequestMapping(path = "/triage", method = { RequestMethod.GET, RequestMethod.POST })
	String page(@RequestParam(required = false) String text, @RequestParam(required = false) String address,
			@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String coordSystem, Model model) {
		Actor actor = Actors.current();
		if (!(actor.isAdmin() || actor.is(Role.OPERATOR) || actor.is(Role.DISPATCHER))) {
			// a page: the shared problem-details advice serves only the API, so answer a plain 403
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only operators and dispatchers use the triage page.");
		}
		// a form's line break comes as CR LF; the text box counted it as one character, and so do the limits here
		text = text == null ? null : text.replace("\r\n", "\n");
		model.addAttribute("text", text);
		model.addAttribute("address", address);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		model.addAttribute("coordSystem", coordSystem);
		// the form sent (text present): refusals said on the page in the visitor's language, not as a JSON problem
		if (text != null) {
			if (text.isBlank()) {
				model.addAttribute("refusal", "tr.error.textRequired");
			}
			else if (text.strip().length() > MAX_TEXT || (address != null && address.strip().length() > MAX_ADDRESS)) {
				// the API's limits (TriageController.TriageRequest)
				model.addAttribute("refusal", "tr.error.tooLong");
			}
			else if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180) || (blank(lat) == null) != (blank(lon) == null)) {
				model.addAttribute("refusal", "tr.error.coordinates");
			}
			else {
				try {
					model.addAttribute("suggestion", triage.suggest(text.strip(), blank(address), number(lat),
							number(lon), blank(coordSystem)));
				}
				catch (IllegalArgumentException ex) {
					model.addAttribute("refusal", "tr.error.coordSystem");
				}
			}
		}
		var info = store.info(classifier.version()).orElse(null);
		model.addAttribute("modelInfo", info);
		model.addAttribute("figures", info == null ? null : ModelFigures.of(info.metrics(), json));
		model.addAttribute("history", history.size());
		return "triage/index";
	}

	/** Whether the field is empty or a number within ±{@code limit}. */
	private static boolean isCoordinate(String value, double limit) {
		if (blank(value) == null) {
			return true;
		}
		try {
			double v = Double.parseDouble(value.strip());
			return Double.isFinite(v) && Math.abs(v) <= limit;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static Double number(String value) {
		return blank(value) == null ? null : Double.valueOf(value.strip());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
