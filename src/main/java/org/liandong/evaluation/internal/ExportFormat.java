package org.liandong.evaluation.internal;

import org.liandong.shared.InvalidRequestException;
import org.springframework.http.MediaType;

/** The two renderings of the monthly report. */
enum ExportFormat {

	/** Excel workbook (sheets 单位排名, 街镇排名, 区市, 事项). */
	XLSX(ReportController.XLSX, "xlsx"),
	/** Landscape A4 PDF with the embedded CJK font. */
	PDF(MediaType.APPLICATION_PDF, "pdf");

	final MediaType mediaType;
	final String extension;

	ExportFormat(MediaType mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	static ExportFormat parse(String format) {
		if (format != null) {
			for (ExportFormat f : values()) {
				if (f.name().equalsIgnoreCase(format.strip())) {
					return f;
				}
			}
		}
		throw new InvalidRequestException("format", "format must be XLSX or PDF");
	}

	String fileName(Object month) {
		return "evaluation-" + month + "." + extension;
	}
}
