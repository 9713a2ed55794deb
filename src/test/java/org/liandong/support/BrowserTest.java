package org.liandong.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test's Chromium: started before each test (skipped without one, a failure under {@code CI=true}, see
 * {@link Browser#start}) and quit after it.
 */
public abstract class BrowserTest {

	protected WebDriver web;

	@BeforeEach
	void startBrowser() throws Exception {
		web = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		if (web != null) {
			web.quit();
		}
	}

	/** Waits for what a page is to show, at most 20 s. */
	protected WebDriverWait waiting() {
		return new WebDriverWait(web, Duration.ofSeconds(20));
	}
}
