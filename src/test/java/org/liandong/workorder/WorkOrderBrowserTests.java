package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.liandong.support.Browser;
import org.liandong.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A dispatcher and a street handler take an order through the pages in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkOrderBrowserTests extends BrowserTest {

	@LocalServerPort
	int port;

	private void login(String user) {
		Browser.signIn(web, port, user);
	}

	@Test
	void aGridWorkersPagesFitAPhoneScreen() {
		login("g-371002003-01");
		web.manage().window().setSize(new Dimension(390, 844));
		for (String page : new String[] { "/intake/grid", "/workbench/verification", "/work-orders" }) {
			web.get("http://localhost:" + port + page);
			var js = (JavascriptExecutor) web;
			long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
			long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
			assertThat(scrollWidth).as("%s scrolls sideways", page).isLessThanOrEqualTo(viewport);
			// the sign-out button is on the screen, and no menu entry is broken over several lines
			var logout = web.findElement(By.cssSelector(".who form button"));
			assertThat(logout.getRect().getX() + logout.getRect().getWidth()).as(page).isLessThanOrEqualTo((int) viewport);
			for (var link : web.findElements(By.cssSelector(".topbar nav a"))) {
				assertThat(link.getRect().getHeight()).as("%s: %s", page, link.getText()).isLessThan(30);
			}
		}
	}

	@Test
	void anOrderTakenInOnThePageIsDispatchedAndSignedThroughThePages() throws Exception {
		login("operator1");
		web.get("http://localhost:" + port + "/work-orders/new");
		web.findElement(By.name("content")).sendKeys("浏览器测试：竹岛路灯不亮");
		web.findElement(By.name("regionCode")).sendKeys("371002003000");
		web.findElement(By.cssSelector("main form button[type=submit]")).click();
		awaitHeading("已受理");
		String detail = web.getCurrentUrl();

		login("dispatcher1");
		web.get(detail);
		web.findElement(By.xpath("//summary[text()='派单']")).click();
		web.findElement(By.cssSelector("form[action$='/actions/dispatch'] input[name=leadUnitCode]")).sendKeys("ST-371002003");
		web.findElement(By.cssSelector("form[action$='/actions/dispatch'] button[type=submit]")).click();
		awaitHeading("待签收");

		login("h-ST-371002003");
		web.get(detail);
		web.findElement(By.xpath("//summary[text()='签收']")).click();
		web.findElement(By.cssSelector("form[action$='/actions/sign'] button[type=submit]")).click();
		awaitHeading("办理中");
		assertThat(web.findElement(By.className("timeline")).getText()).contains("派单").contains("签收");

		Path shot = Path.of("target", "screenshots", "work-order-detail.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, ((TakesScreenshot) web).getScreenshotAs(OutputType.BYTES));
	}

	/** Waits for the page after a form post: its heading shows the expected state. */
	private void awaitHeading(String expected) {
		new WebDriverWait(web, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("h1")).getText().contains(expected));
	}
}
