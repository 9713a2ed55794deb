package org.liandong.intake.internal;

import java.util.List;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The grid worker's phone page {@code /intake/grid}: report a problem with photos and position, or close it on the spot. */
@Controller
@RequestMapping("/intake/grid")
class GridPages {

	private final GridIntake intake;
	private final IntakeProperties properties;
	private final Directory directory;
	private final PageErrors errors;

	GridPages(GridIntake intake, IntakeProperties properties, Directory directory, PageErrors errors) {
		this.errors = errors;
		this.intake = intake;
		this.properties = properties;
		this.directory = directory;
	}

	@GetMapping
	String page(Model model) {
		GridIntake.checkGridWorker(Actors.current());
		return show(new GridReport(null, null, null, null, null, null, null, null, null, null, null), model);
	}

	@PostMapping
	String report(@ModelAttribute("form") GridReport form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current();
		var done = errors.attempt(() -> intake.report(actor, form, photos), model, response);
		if (done.isEmpty()) {
			return show(form, model);
		}
		redirect.addFlashAttribute("done", done.get());
		return "redirect:/intake/grid";
	}


	private String show(GridReport form, Model model) {
		Actor actor = Actors.current();
		model.addAttribute("form", form);
		model.addAttribute("grids", actor.gridCodes() == null ? List.of() : actor.gridCodes().stream().sorted().toList());
		model.addAttribute("onSpotItems", properties.grid()
			.onSpotItems()
			.stream()
			.flatMap(code -> directory.item(code.strip()).stream())
			.toList());
		return "intake/grid";
	}
}
