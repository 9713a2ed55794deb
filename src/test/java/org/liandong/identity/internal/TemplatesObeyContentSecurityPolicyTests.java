package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy ({@code script-src 'self'}) lets a browser run only scripts loaded from the
 * application: an inline {@code <script>} block, an {@code on*=} handler, an {@code hx-on} attribute or a
 * {@code javascript:} URL in a template is silently dead in the browser (docs/security.md). This scans every template
 * so that none comes back.
 */
class TemplatesObeyContentSecurityPolicyTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A start tag; quoted attribute values may hold {@code >} (Thymeleaf expressions). */
	static final Pattern TAG = Pattern
		.compile("<([a-zA-Z][\\w:-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>");

	static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s=>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?");

	/** on*, th:on*, data-th-on* and htmx's hx-on / hx-on:* / hx-on-* / data-hx-on*. */
	static final Pattern HANDLER = Pattern.compile("(?i)(?:th:|data-th-)?on[a-z]+|(?:data-)?hx-on.*");

	static final Pattern SCRIPT_URL = Pattern.compile("(?i)^\\W*javascript\\s*:");

	static final Pattern HANDLER_IN_TH_ATTR = Pattern.compile("(?i)(?:^|,)\\s*on[a-z]+\\s*=");

	@Test
	void thePolicyAllowsNoInlineScriptAtAll() {
		String scriptSrc = Stream.of(SecurityConfiguration.CONTENT_SECURITY_POLICY.split(";"))
			.map(String::trim)
			.filter(d -> d.startsWith("script-src"))
			.findFirst()
			.orElseThrow();
		// no 'unsafe-inline', nonce or hash: then no inline script in a template may be excused
		assertThat(scriptSrc).isEqualTo("script-src 'self'");
	}

	@Test
	void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				for (String problem : problems(Files.readString(file, StandardCharsets.UTF_8))) {
					found.add(TEMPLATES.relativize(file) + ": " + problem);
				}
			}
		}
		assertThat(found).as("put scripts in src/main/resources/static/js/ and pass values in data-* attributes")
			.isEmpty();
	}

	static final Path SCRIPTS = Path.of("src/main/resources/static/js");

	/** Thymeleaf's unescaped output: {@code th:utext} (also {@code data-th-utext}) and {@code [(...)]} inlining. */
	static final Pattern UNESCAPED_TEMPLATE = Pattern.compile("(?i)(?:th:|data-th-)utext\\s*=|\\[\\(");

	/** Script sinks that parse a string as HTML, and Leaflet's tooltips and popups given a string built in place. */
	static final Pattern HTML_SINK = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|"
			+ "\\.(?:bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)\\([^)]*['\"+]");

	/**
	 * Stored text (a citizen's, an officer's, an administrator's) reaches a page only escaped: the templates never
	 * write it unescaped, and the pages' scripts never hand a string to the browser as HTML (they set
	 * {@code textContent} or build elements).
	 */
	@Test
	void noTemplateOrScriptWritesTextAsHtml() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path dir : List.of(TEMPLATES, SCRIPTS)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
					.sorted()
					.toList()) {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					Matcher m = (file.toString().endsWith(".js") ? HTML_SINK : UNESCAPED_TEMPLATE).matcher(text);
					while (m.find()) {
						found.add(file + ": " + m.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
		// the scan finds what it looks for
		assertThat(UNESCAPED_TEMPLATE.matcher("<p th:utext=\"${a}\">").find()).isTrue();
		assertThat(UNESCAPED_TEMPLATE.matcher("<p>[(${a})]</p>").find()).isTrue();
		assertThat(UNESCAPED_TEMPLATE.matcher("<p th:text=\"${a}\">[[${b}]]</p>").find()).isFalse();
		assertThat(HTML_SINK.matcher("el.innerHTML = x;").find()).isTrue();
		assertThat(HTML_SINK.matcher("m.bindTooltip(p.number + ' ' + s)").find()).isTrue();
		assertThat(HTML_SINK.matcher("m.bindPopup('<b>' + name)").find()).isTrue();
		assertThat(HTML_SINK.matcher("m.bindTooltip(label).addTo(map)").find()).isFalse();
		assertThat(HTML_SINK.matcher("label.textContent = a + ' ' + b;").find()).isFalse();
	}

	@Test
	void theScanFindsEachKindOfInlineScript() {
		assertThat(problems("<p>ok</p><script th:src=\"@{/js/a.js}\" defer></script><a href=\"/x\" style=\"color:red\">x</a>"))
			.isEmpty();
		assertThat(problems("<script>alert(1)</script>")).hasSize(1);
		assertThat(problems("<script th:inline=\"javascript\">const a = /*[[${a > 1}]]*/ 1;</script>")).hasSize(1);
		assertThat(problems("<a href=\"#\" data-x=\"a > b\" onclick=\"go()\">x</a>")).hasSize(1);
		assertThat(problems("<img src=\"a.png\" th:onerror=\"'x()'\">")).hasSize(1);
		assertThat(problems("<button hx-on:click=\"x()\">b</button>")).hasSize(1);
		assertThat(problems("<button th:attr=\"data-a=${a},onclick='x()'\">b</button>")).hasSize(1);
		assertThat(problems("<a href=\" JavaScript:void(0)\">x</a>")).hasSize(1);
		assertThat(problems("<a th:href=\"'javascript:x()'\">x</a>")).hasSize(1);
	}

	static List<String> problems(String html) {
		List<String> problems = new ArrayList<>();
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase();
			boolean hasSrc = false;
			Matcher a = ATTRIBUTE.matcher(tag.group(2));
			while (a.find()) {
				String attribute = a.group(1).toLowerCase();
				String value = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
				hasSrc |= attribute.equals("src") || attribute.equals("th:src") || attribute.equals("data-th-src");
				if (HANDLER.matcher(attribute).matches()) {
					problems.add("inline event handler " + attribute + " on <" + name + ">");
				}
				else if (attribute.equals("th:attr") && HANDLER_IN_TH_ATTR.matcher(value).find()) {
					problems.add("inline event handler in th:attr on <" + name + ">");
				}
				if (SCRIPT_URL.matcher(value).find()) {
					problems.add("javascript: URL in " + attribute + " on <" + name + ">");
				}
			}
			if (name.equals("script") && !hasSrc) {
				problems.add("inline <script> block");
			}
		}
		return problems;
	}
}
