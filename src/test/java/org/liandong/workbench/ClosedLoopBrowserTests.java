package org.liandong.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.liandong.support.Browser;
import org.liandong.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole loop clicked through the pages by the right users in headless Chromium: receive, dispatch, sign,
 * whistle and report, reply, verify, revisit, close.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClosedLoopBrowserTests extends BrowserTest {

	static final String STREET = "ST-371002003";

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(String user) {
		Browser.signIn(web, port, user);
	}

	private WebElement actionForm(String action) {
		web.findElement(By.xpath("//form[contains(@action, '/actions/" + action + "')]/parent::details/summary")).click();
		return web.findElement(By.cssSelector("form[action$='/actions/" + action + "']"));
	}

	@Test
	void theWholeLoopCanBeClickedThroughByTheRightUsers() throws Exception {
		login("operator1");
		web.get(url("/work-orders/new"));
		web.findElement(By.name("content")).sendKeys("竹岛街道海滨北路垃圾暴露多日，请清理");
		web.findElement(By.name("regionCode")).sendKeys("371002003000");
		web.findElement(By.name("itemCode")).sendKeys("CE-0102");
		web.findElement(By.cssSelector("main form button[type=submit]")).click();
		awaitHeading("已受理");
		String order = web.getCurrentUrl();
		String orderId = order.substring(order.lastIndexOf('/') + 1);

		login("dispatcher1");
		web.get(order);
		WebElement dispatch = actionForm("dispatch");
		dispatch.findElement(By.name("leadUnitCode")).sendKeys(STREET);
		dispatch.findElement(By.cssSelector("button[type=submit]")).click();
		awaitHeading("待签收");

		login("h-" + STREET);
		web.get(order);
		actionForm("sign").findElement(By.cssSelector("button[type=submit]")).click();
		awaitHeading("办理中");

		web.get(url("/whistles"));
		WebElement blow = web.findElement(By.cssSelector("form[action$='/whistles']"));
		blow.findElement(By.name("workOrderId")).sendKeys(orderId);
		blow.findElement(By.name("summonedUnitCodes")).sendKeys("CSGLJ");
		blow.findElement(By.name("description")).sendKeys("垃圾清运需城管执法协同");
		blow.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(web, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/whistles/[^/]+$"));
		String whistle = web.getCurrentUrl();

		login("h-CSGLJ");
		web.get(whistle);
		WebElement report = web.findElement(By.cssSelector("form[action$='/report']"));
		report.findElement(By.name("note")).sendKeys("执法队员已到场");
		report.findElement(By.cssSelector("button[type=submit]")).click();
		awaitText("执法队员已到场");
		web.get(order);
		assertThat(web.getTitle()).as("the summoned unit sees the order").startsWith("工单详情 WH");

		login("h-" + STREET);
		web.get(whistle);
		assertThat(web.getPageSource()).contains("执法队员已到场");
		WebElement close = web.findElement(By.cssSelector("form[action$='/close']"));
		close.findElement(By.name("note")).sendKeys("已联合清理完毕");
		close.findElement(By.cssSelector("button[type=submit]")).click();
		awaitText("已联合清理完毕");
		web.get(order);
		WebElement reply = actionForm("reply");
		reply.findElement(By.name("result")).sendKeys("已联合城管清运垃圾并设置提示牌");
		Path photo = Files.createTempFile("after", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' });
		reply.findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(photo.toString());
		reply.findElement(By.cssSelector("button[type=submit]")).click();
		awaitHeading("核查中");
		assertThat(web.findElements(By.cssSelector(".timeline a[href*='/files/']"))).as("the reply's photo").hasSize(1);

		login("dispatcher1");
		web.get(url("/workbench/verification"));
		web.findElement(By.cssSelector("form[action$='/workbench/orders/" + orderId + "/verify'] button[type=submit]"))
			.click();
		awaitText("操作成功");
		web.get(order);
		awaitHeading("回访中");

		login("operator1");
		web.get(order);
		WebElement revisit = actionForm("revisit");
		revisit.findElement(By.cssSelector("select[name=resolved] option[value=false]")).click();
		revisit.findElement(By.cssSelector("select[name=satisfaction] option[value=DISSATISFIED]")).click();
		revisit.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(web, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("操作成功"));
		WebElement closeOrder = actionForm("close");
		closeOrder.findElement(By.name("reason")).sendKeys("诉求已处理，市民要求超出职责范围");
		closeOrder.findElement(By.cssSelector("button[type=submit]")).click();
		awaitHeading("已办结");
		String timeline = web.findElement(By.className("timeline")).getText();
		assertThat(timeline).contains("派单", "签收", "办理反馈", "核查通过", "回访", "办结");

		Path shot = Path.of("target", "screenshots", "closed-loop.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, ((TakesScreenshot) web).getScreenshotAs(OutputType.BYTES));
	}

	/** Waits for the page after a form post to show a text. */
	private void awaitText(String text) {
		new WebDriverWait(web, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(text));
	}

	/** Waits for the page after a form post: its heading shows the expected state. */
	private void awaitHeading(String expected) {
		new WebDriverWait(web, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("h1")).getText().contains(expected));
	}
}
