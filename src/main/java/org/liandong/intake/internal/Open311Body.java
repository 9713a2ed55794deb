package org.liandong.intake.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Open311 answers in both formats from one tree of maps and lists: JSON as is (the spec's "Spark convention"),
 * XML with the element names of the spec, a list element holding one child per entry named by {@link #SINGULAR}.
 */
final class Open311Body {

	static final String JSON = "application/json; charset=utf-8";

	static final String XML = "text/xml; charset=utf-8";

	private static final Map<String, String> SINGULAR = Map.of("services", "service", "attributes", "attribute",
			"values", "value", "endpoints", "endpoint", "formats", "format", "service_requests", "request", "errors",
			"error");

	private Open311Body() {
	}

	static boolean isJson(String format) {
		return "json".equalsIgnoreCase(format);
	}

	/** A list answer: a JSON array, or {@code <root><child>…</child>…</root>}. */
	static ResponseEntity<String> list(int status, String format, String root, List<? extends Map<String, ?>> items,
			JsonMapper json) {
		return answer(status, format, isJson(format) ? json.writeValueAsString(items) : xml(root, items));
	}

	/** An object answer: a JSON object, or {@code <root>fields</root>}. */
	static ResponseEntity<String> object(int status, String format, String root, Map<String, ?> fields,
			JsonMapper json) {
		return answer(status, format, isJson(format) ? json.writeValueAsString(fields) : xml(root, fields));
	}

	private static ResponseEntity<String> answer(int status, String format, String body) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, isJson(format) ? JSON : XML)
			.body(body);
	}

	static String xml(String root, Object value) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		element(out, root, value);
		return out.toString();
	}

	private static void element(StringBuilder out, String name, Object value) {
		if (value == null) {
			out.append('<').append(name).append("/>");
			return;
		}
		out.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> element(out, String.valueOf(k), v));
		}
		else if (value instanceof List<?> list) {
			String child = SINGULAR.getOrDefault(name, "item");
			list.forEach(v -> element(out, child, v));
		}
		else {
			escape(out, String.valueOf(value));
		}
		out.append("</").append(name).append('>');
	}

	/**
	 * Escapes markup and drops what XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
	 * unpaired surrogates), so that no stored text can make a document not well-formed.
	 */
	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (isXmlChar(c)) {
						out.append(c);
					}
				}
			}
		}
	}

	/** A char XML 1.0 allows on its own (surrogates only come in pairs, handled by the caller). */
	private static boolean isXmlChar(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
	}
}
