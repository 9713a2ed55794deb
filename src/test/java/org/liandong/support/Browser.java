package org.liandong.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for {@code *BrowserTests}, driven by Selenium with the system's chromium and chromedriver
 * (Debian packages {@code chromium}, {@code chromium-driver}). Without them the test is skipped with a message,
 * except under {@code CI=true}, where a missing browser is a failure.
 */
public final class Browser {

	private static final String[] CHROMIUM = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
	private static final String[] DRIVER = { "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" };

	private Browser() {
	}

	public static WebDriver start() throws Exception {
		String chromium = find(CHROMIUM);
		String driver = find(DRIVER);
		if (chromium == null || driver == null) {
			String message = "Chromium or chromedriver not found (install Debian's chromium and chromium-driver); "
					+ "browser tests skipped";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message.replace("skipped", "cannot run, and CI=true"));
			}
			Assumptions.abort(message);
		}
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
		// the pages follow the browser's Accept-Language: headless Chromium asks for en-US whatever --lang says
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(driver))
			.usingAnyFreePort()
			.build();
		WebDriver web = new ChromeDriver(service, options);
		web.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return web;
	}

	/** Signs in on the login page and waits for the signed-in page, so that the next navigation cannot cancel it. */
	public static void signIn(WebDriver web, int port, String user) {
		web.manage().deleteAllCookies();
		web.get("http://localhost:" + port + "/login");
		web.findElement(org.openqa.selenium.By.name("username")).sendKeys(user);
		web.findElement(org.openqa.selenium.By.name("password")).sendKeys("demo123");
		web.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(web, Duration.ofSeconds(20))
			.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	private static String find(String[] candidates) {
		for (String c : candidates) {
			if (Files.isExecutable(Path.of(c))) {
				return c;
			}
		}
		return null;
	}
}
