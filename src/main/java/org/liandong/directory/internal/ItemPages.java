package org.liandong.directory.internal;

import java.io.IOException;

import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** Pages of the responsibility list: search, detail, and for administrators export and import. */
@Controller
class ItemPages {

	private final DirectoryQueries queries;

	private final InMemoryDirectory directory;

	private final ItemExport export;

	private final ImportMessages importMessages;

	ItemPages(DirectoryQueries queries, InMemoryDirectory directory, ItemExport export,
			ImportMessages importMessages) {
		this.queries = queries;
		this.directory = directory;
		this.export = export;
		this.importMessages = importMessages;
	}

	@GetMapping("/items")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("domain", domain);
		model.addAttribute("domains", directory.snapshot().items.values().stream().map(e -> e.item().domain())
			.distinct().sorted().toList());
		PageResult<ItemEntry> result = queries.items(q, domain, PageQuery.of(page, 50));
		model.addAttribute("result", result);
		model.addAttribute("admin", AdminOnly.isAdmin());
		return "directory/items";
	}

	@GetMapping("/items/{code}")
	String detail(@PathVariable String code, Model model) {
		ItemEntry entry = directory.snapshot().items.get(code);
		if (entry == null) {
			throw new PageNotFound();
		}
		model.addAttribute("entry", entry);
		return "directory/item";
	}

	@GetMapping("/items/export.csv")
	ResponseEntity<byte[]> exportCsv() {
		return export.csv();
	}

	@GetMapping("/items/export.xlsx")
	ResponseEntity<byte[]> exportXlsx() {
		return export.xlsx();
	}

	/** The import form posts here (with htmx the answer replaces the report box; without it, the whole page). */
	@PostMapping("/items/import")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
		AdminOnly.check();
		ImportReport report = export.importFile(file.getOriginalFilename(), file.getBytes());
		model.addAttribute("report", importMessages.localized(report));
		if (htmx != null) {
			return "directory/items :: report";
		}
		return list(null, null, null, model);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class PageNotFound extends NotFoundException {

		PageNotFound() {
			super("No such item");
		}
	}
}
