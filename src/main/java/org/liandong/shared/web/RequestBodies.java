package org.liandong.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A canonical form of form-encoded and multipart bodies (sorted fields, hashed file parts), so they can be compared
 * for idempotency without consuming the stream the servlet container parses; and of JSON bodies (sorted members).
 */
final class RequestBodies {

	private RequestBodies() {
	}

	static boolean isFormOrMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"));
	}

	static byte[] canonicalForm(HttpServletRequest request) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String[]> params = new TreeMap<>(request.getParameterMap());
		// the CSRF token changes with the session, not with what is asked
		params.remove("_csrf");
		for (var e : params.entrySet()) {
			for (String v : e.getValue()) {
				out.write((e.getKey() + "=" + v + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		if (request.getContentType().startsWith("multipart/")) {
			try {
				Map<String, String> parts = new TreeMap<>();
				for (Part part : request.getParts()) {
					if (part.getSubmittedFileName() != null) {
						parts.put(part.getName() + "/" + part.getSubmittedFileName(), digest(part));
					}
				}
				for (var e : parts.entrySet()) {
					out.write((e.getKey() + "#" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
				}
			}
			catch (ServletException e) {
				throw new IOException("Unreadable multipart body", e);
			}
		}
		return out.toByteArray();
	}

	static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		int end = type.indexOf(';');
		String media = (end < 0 ? type : type.substring(0, end)).strip().toLowerCase(Locale.ROOT);
		return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
	}

	/**
	 * A canonical form of a JSON body: the same bytes for the same document, whatever the order of its objects'
	 * members and the white space between tokens (members sorted by name, at every depth; arrays keep their order).
	 * A body that is not JSON stays as it is: its handler refuses it.
	 */
	static byte[] canonicalJson(byte[] body, JsonMapper json) {
		if (body.length == 0) {
			return body;
		}
		try {
			JsonNode tree = json.readTree(body);
			return tree == null || tree.isMissingNode() ? body : json.writeValueAsBytes(sorted(tree, json));
		}
		catch (JacksonException e) {
			return body;
		}
	}

	private static JsonNode sorted(JsonNode node, JsonMapper json) {
		if (node.isObject()) {
			Map<String, JsonNode> members = new TreeMap<>();
			node.properties().forEach(member -> members.put(member.getKey(), member.getValue()));
			ObjectNode out = json.createObjectNode();
			members.forEach((name, value) -> out.set(name, sorted(value, json)));
			return out;
		}
		if (node.isArray()) {
			ArrayNode out = json.createArrayNode();
			node.forEach(element -> out.add(sorted(element, json)));
			return out;
		}
		return node;
	}

	private static String digest(Part part) throws IOException {
		try (InputStream in = new DigestInputStream(part.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStreamSink.INSTANCE);
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final class OutputStreamSink extends java.io.OutputStream {
		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}
	}
}
