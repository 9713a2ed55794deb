package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.PageQuery;
import org.liandong.support.Browser;
import org.liandong.support.BrowserTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrders;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An operator takes calls on the console in a real browser: Ctrl+Enter, live checks, a direct answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleBrowserTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	WorkOrders orders;

	static final Actor ADMIN = new Actor("u-a", "admin", "admin", Role.ADMIN, null, "371000000000", Set.of());

	@BeforeEach
	void signIn() {
		Browser.signIn(web, port, "operator1");
	}

	/** The console's type-ahead and checks answer after a pause: 30 s, not 20. */
	@Override
	protected WebDriverWait waiting() {
		return new WebDriverWait(web, Duration.ofSeconds(30));
	}

	@Test
	void aCallTypedWithTheKeyboardIsTakenInWithCtrlEnter() {
		web.get("http://localhost:" + port + "/intake/console");
		assertThat(web.switchTo().activeElement().getAttribute("id")).isEqualTo("citizenPhone");
		web.switchTo().activeElement().sendKeys("13955556666");
		web.findElement(By.id("content")).sendKeys("昨天晚上竹岛路口的路灯不亮，行人看不清路");
		web.findElement(By.id("address")).sendKeys("竹岛路口");
		// the checks panel is swapped by htmx while we read it: read it through waits that ignore stale elements
		waiting().ignoring(StaleElementReferenceException.class)
			.until(d -> "ok".equals(d.findElement(By.id("check-where")).getAttribute("class")));
		waiting().ignoring(StaleElementReferenceException.class)
			.until(d -> "missing".equals(d.findElement(By.id("check-how")).getAttribute("class")));

		web.findElement(By.id("content")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done-number")));
		assertThat(web.findElement(By.id("done-number")).getText()).startsWith("WH");
		assertThat(web.findElement(By.id("done-status")).getText()).isEqualTo("已受理");
	}

	@Test
	void anArticleFoundBesideTheFormAnswersTheCallDirectly() {
		web.get("http://localhost:" + port + "/intake/console");
		web.findElement(By.id("citizenPhone")).sendKeys("13955557777");
		web.findElement(By.id("content")).sendKeys("今天社保卡丢了，请问怎么补办");
		web.findElement(By.id("kq")).sendKeys("社保卡");
		// the panel follows both the content and the search box, so it may be swapped while we click: retry
		waiting().ignoring(StaleElementReferenceException.class).until(d -> {
			d.findElement(By.cssSelector("#knowledge button.answer")).click();
			return true;
		});

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done-status")));
		assertThat(web.findElement(By.id("done-status")).getText()).isEqualTo("已直办");
	}

	@Test
	void aRepeatedCallIsMergedIntoTheOpenOrderWithOneClick() {
		var first = orders.receive(new NewWorkOrder(Channel.HOTLINE, "竹岛街道海滨北路下水道堵塞，污水外溢", null, null, null,
				"13955558888", "海滨北路", null, null, null, "371002003000", null, null, null, false, List.of()),
				"operator1", "OPERATOR");
		web.get("http://localhost:" + port + "/intake/console");
		web.findElement(By.id("citizenPhone")).sendKeys("13955558888");
		web.findElement(By.id("content")).sendKeys("海滨北路下水道又堵了，污水流到路上");
		web.findElement(By.id("address")).sendKeys("海滨北路");
		waiting().ignoring(StaleElementReferenceException.class).until(d -> {
			d.findElement(By.cssSelector("#similar-list button.merge[value='" + first.id() + "']")).click();
			return true;
		});
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done-status")));
		assertThat(web.findElement(By.id("done-status")).getText()).isEqualTo("已合并");
		assertThat(orders.search(ADMIN, new WorkOrderFilter("MERGED", null, null, null, null, null, null, null, null,
				null, "13955558888"), PageQuery.of(0, 10)).content()).singleElement()
			.satisfies(o -> assertThat(o.masterId()).isEqualTo(first.id()));
	}

	@Test
	void aClickOnTheClassificationSuggestionFillsTheItemField() {
		web.get("http://localhost:" + port + "/intake/console");
		web.findElement(By.id("content")).sendKeys("竹岛街道海滨路路灯不亮好几天了，晚上很黑");
		// the suggestion panel is swapped by htmx (after a pause in typing): click the link it brings
		String code = waiting().ignoring(StaleElementReferenceException.class).until(d -> {
			var link = d.findElement(By.cssSelector("#suggestion a[data-item]"));
			String item = link.getAttribute("data-item");
			link.click();
			return item;
		});
		assertThat(code).isNotBlank();
		waiting().until(d -> code.equals(d.findElement(By.id("itemCode")).getAttribute("value")));
		assertThat(web.getCurrentUrl()).doesNotContain("#");
	}
}
