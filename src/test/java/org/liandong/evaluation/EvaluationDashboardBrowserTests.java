package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.support.Browser;
import org.liandong.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A leader opens the evaluation dashboard in a real browser, under the pages' CSP, and sees its charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationDashboardBrowserTests extends BrowserTest {

	@LocalServerPort
	int port;

	@BeforeEach
	void signIn() {
		Browser.signIn(web, port, "leader1");
	}

	/**
	 * An order's point on the map is labelled with its number and state as text: Leaflet writes a string tooltip as
	 * HTML, so the page hands it an element holding the text (and no order field can become markup there).
	 */
	@Test
	void aPointOnTheMapIsLabelledWithTheOrdersNumberAsText() throws Exception {
		var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/work-orders"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("operator1:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"channel\":\"HOTLINE\",\"content\":\"路灯不亮<b>x</b>\",\"lat\":37.5,\"lon\":122.1}"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		String number = answer.body().replaceAll("(?s).*\"number\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		web.get("http://localhost:" + port + "/evaluation/dashboard");
		var waiting = new WebDriverWait(web, Duration.ofSeconds(30));
		waiting.until(d -> !d.findElements(By.cssSelector("#ev-map path.leaflet-interactive")).isEmpty());
		var js = (JavascriptExecutor) web;
		// every point's tooltip opens on hover; the new order's is among them, its label an element of text
		Object labels = js.executeScript("var out = [];"
				+ "document.querySelectorAll('#ev-map path.leaflet-interactive').forEach(function (p) {"
				+ "  p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
				+ "  document.querySelectorAll('#ev-map .leaflet-tooltip').forEach(function (t) { out.push(t.innerHTML); });"
				+ "  p.dispatchEvent(new MouseEvent('mouseout', {bubbles: true}));"
				+ "});"
				+ "return out.join('\\n');");
		assertThat(String.valueOf(labels)).contains("<span>" + number + " ");
	}

	@Test
	void theDashboardDrawsItsChartsWithSeriesNamedInThePagesLanguage() {
		web.get("http://localhost:" + port + "/evaluation/dashboard");
		var waiting = new WebDriverWait(web, Duration.ofSeconds(30));
		waiting.until(d -> !d.findElements(By.cssSelector("#ev-trend canvas")).isEmpty());
		waiting.until(d -> d.findElement(By.id("ev-status")).getText().isEmpty());
		for (String chart : new String[] { "ev-items", "ev-districts", "ev-overdue" }) {
			assertThat(web.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(web.findElements(By.cssSelector("#ev-map .leaflet-pane"))).isNotEmpty();
		var js = (JavascriptExecutor) web;
		assertThat(js.executeScript("return echarts.getInstanceByDom(document.getElementById('ev-trend'))"
				+ ".getOption().series.map(s => s.name).join(',')")).isEqualTo("派单,答复");
		assertThat(js.executeScript("return echarts.getInstanceByDom(document.getElementById('ev-districts'))"
				+ ".getOption().series.map(s => s.name).join(',')")).isEqualTo("响应率,按期办结率,解决率,满意率");
	}
}
