package org.liandong.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * A canonical form of form-encoded and multipart bodies (sorted fields, hashed file parts), so they can be compared
 * for idempotency without consuming the stream the servlet container parses.
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
