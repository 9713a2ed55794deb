package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A leader opens the evaluation dashboard in a real browser, under the pages' CSP, and sees its charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationDashboardBrowserTests {

	@LocalServerPort
	int port;

	WebDriver web;

	@BeforeEach
	void startBrowser() throws Exception {
		web = Browser.start();
		Browser.signIn(web, port, "leader1");
	}

	@AfterEach
	void stopBrowser() {
		if (web != null) {
			web.quit();
		}
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
