package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.liandong.support.BrowserTest;
import org.liandong.support.HeldConnections;
import org.liandong.workorder.WorkOrders;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen's form on the portal that was not taken in comes back as it was filled in, and is taken in, once, when
 * sent again: sent while the database is out of reach (every connection of a pool of three held), or after the
 * session ended (its CSRF token no longer the session's). The page says so and offers to go back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=3000",
		"liandong.test.pool-size=3" })
@ActiveProfiles("test")
class UnsavedFormBrowserTests extends BrowserTest {

	static final String CONTENT = "竹岛街道海滨北路井盖缺失，夜间行人容易踩空";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	WorkOrders orders;

	@Test
	void aFormSentWhileTheDatabaseIsOutOfReachComesBackAsFilledInAndIsTakenInWhenSentAgain() throws Exception {
		web.get("http://localhost:" + port + "/portal");
		web.findElement(By.id("content")).sendKeys(CONTENT);
		web.findElement(By.id("address")).sendKeys("环翠区竹岛街道海滨北路");
		web.findElement(By.id("citizenPhone")).sendKeys("13600003333");
		long before = taken();
		HeldConnections.holding(transaction, jdbc, 3, () -> {
			web.findElement(By.id("submit")).click();
			waiting().until(d -> !d.findElements(By.id("unsaved")).isEmpty());
			assertThat(web.getPageSource()).contains("503").contains("系统暂时无法访问数据库");
			// the language switch goes to the form's page, not to the address the form was sent to (a 405 to a GET)
			assertThat(web.findElement(By.id("language")).getDomAttribute("href")).endsWith("/portal?lang=en");
		});
		assertThat(taken()).isEqualTo(before);

		web.findElement(By.id("back")).click();
		waiting().until(d -> !d.findElements(By.id("content")).isEmpty());
		assertThat(web.findElement(By.id("content")).getDomProperty("value")).isEqualTo(CONTENT);
		assertThat(web.findElement(By.id("citizenPhone")).getDomProperty("value")).isEqualTo("13600003333");

		web.findElement(By.id("submit")).click();
		waiting().until(d -> !d.findElements(By.id("query-code")).isEmpty());
		String number = web.findElement(By.id("number")).getText();
		assertThat(orders.find(number).orElseThrow().content()).isEqualTo(CONTENT);
		assertThat(taken()).isEqualTo(before + 1);
	}

	@Test
	void aFormSentAfterItsSessionEndedComesBackAsFilledInAndIsTakenInWhenSentAgain() {
		web.get("http://localhost:" + port + "/portal");
		String content = CONTENT + "（会话过期）";
		web.findElement(By.id("content")).sendKeys(content);
		web.findElement(By.id("address")).sendKeys("环翠区竹岛街道海滨北路");
		web.manage().deleteAllCookies(); // the session ends: the form's CSRF token is no longer any session's
		web.findElement(By.id("submit")).click();
		waiting().until(d -> !d.findElements(By.id("unsaved")).isEmpty());
		assertThat(web.getPageSource()).contains("403").contains("页面已过期").doesNotContain("您没有权限")
			.doesNotContain("jsessionid");

		web.findElement(By.id("back")).click();
		waiting().until(d -> !d.findElements(By.id("content")).isEmpty());
		assertThat(web.findElement(By.id("content")).getDomProperty("value")).isEqualTo(content);
		web.findElement(By.id("submit")).click();
		waiting().until(d -> !d.findElements(By.id("query-code")).isEmpty());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE content = :c").param("c", content)
			.query(Long.class).single()).isEqualTo(1);
	}

	long taken() {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE content = :c").param("c", CONTENT).query(Long.class)
			.single();
	}

}
