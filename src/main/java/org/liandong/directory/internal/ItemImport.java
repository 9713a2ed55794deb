package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liandong.directory.internal.ImportReport.RowError;
import org.liandong.shared.InvalidRequestException.FieldError;

/** Reads and checks every row of an import before anything is written. */
final class ItemImport {

	private ItemImport() {
	}

	/** The checked rows: drafts by code in file order, how many item (non-blank) rows the file has, every error. */
	record Parsed(List<ItemDraft> drafts, int rows, List<RowError> errors) {
	}

	static Parsed parse(List<List<String>> records, ItemValidator validator) {
		List<RowError> errors = new ArrayList<>();
		if (records.isEmpty()) {
			return new Parsed(List.of(), 0, List.of(new RowError(1, null, "The file is empty; it needs a header row.")));
		}
		List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		for (String required : ItemTable.REQUIRED) {
			if (!header.contains(required)) {
				errors.add(new RowError(1, required, "missing column"));
			}
		}
		if (!errors.isEmpty()) {
			return new Parsed(List.of(), 0, errors);
		}
		Map<String, Integer> rowOfCode = new HashMap<>();
		Map<String, ItemDraft> drafts = new LinkedHashMap<>();
		int rows = 0;
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows++;
			int row = i + 1;
			Map<String, String> cells = new HashMap<>();
			for (int c = 0; c < header.size() && c < record.size(); c++) {
				cells.put(header.get(c), record.get(c));
			}
			Map<String, String> problems = new LinkedHashMap<>();
			ItemDraft draft = ItemTable.draft(cells, problems);
			problems.forEach((column, message) -> errors.add(new RowError(row, column, message)));
			for (FieldError e : validator.validate(draft)) {
				errors.add(new RowError(row, ItemTable.column(e.field()), e.message()));
			}
			if (draft.code() != null && !draft.code().isBlank()) {
				Integer earlier = rowOfCode.putIfAbsent(draft.code(), row);
				if (earlier != null) {
					errors.add(new RowError(row, "code", "repeats the code of row " + earlier));
					continue;
				}
			}
			drafts.put(draft.code() == null ? "#" + row : draft.code(), draft);
		}
		if (drafts.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(2, null, "The file has no item rows."));
		}
		return new Parsed(List.copyOf(drafts.values()), rows, errors);
	}
}
