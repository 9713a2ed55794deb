package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.liandong.directory.internal.ImportReport.RowError;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The whole list as a CSV or Excel download, and the import of such a file; shared by the API and the pages. */
@Component
class ItemExport {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final InMemoryDirectory directory;

	private final ItemService service;

	ItemExport(InMemoryDirectory directory, ItemService service) {
		this.directory = directory;
		this.service = service;
	}

	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(ItemTable.COLUMNS);
		directory.snapshot().items.values().forEach(e -> rows.add(ItemTable.row(e.draft())));
		return rows;
	}

	ResponseEntity<byte[]> csv() {
		return download(ItemFiles.csv(rows()), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"items.csv");
	}

	ResponseEntity<byte[]> xlsx() {
		return download(ItemFiles.xlsx(rows()), XLSX, "items.xlsx");
	}

	ImportReport importFile(String filename, byte[] content) {
		List<List<String>> records;
		try {
			records = ItemFiles.read(filename, content);
		}
		catch (ItemFiles.UnreadableFile e) {
			return ImportReport.refused(0, List.of(new RowError(1, null, e.getMessage())));
		}
		return service.importRecords(records);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
