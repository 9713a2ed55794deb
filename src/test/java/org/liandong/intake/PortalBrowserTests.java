package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.BrowserTest;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A citizen submits on the portal with a photo, tracks the order by number and query code, and rates the result. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalBrowserTests extends BrowserTest {

	static final Actor DISPATCHER = new Actor("u-d", "dispatcher1", "派单员", Role.DISPATCHER, null, "371000000000", Set.of());
	static final Actor STREET = new Actor("u-h", "h-ST-371002003", "竹岛", Role.HANDLER, "ST-371002003", null, Set.of());

	@LocalServerPort
	int port;

	@Autowired
	WorkOrders orders;

	private void track(String number, String code) {
		web.get("http://localhost:" + port + "/portal/track");
		web.findElement(By.id("track-number")).sendKeys(number);
		web.findElement(By.id("track-code")).sendKeys(code);
		web.findElement(By.id("track-submit")).click();
		waiting().until(d -> !d.findElements(By.id("order")).isEmpty());
	}

	@Test
	void aCitizenSubmitsTracksAndRatesTheResultWithoutAnAccount() throws Exception {
		web.get("http://localhost:" + port + "/portal");
		web.findElement(By.id("content")).sendKeys("竹岛街道海滨北路人行道地砖松动，老人容易绊倒");
		web.findElement(By.id("address")).sendKeys("环翠区竹岛街道海滨北路");
		Path photo = Files.createTempFile("portal", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' });
		web.findElement(By.id("photos")).sendKeys(photo.toString());
		web.findElement(By.id("citizenPhone")).sendKeys("13600002222");
		web.findElement(By.id("submit")).click();
		waiting().until(d -> !d.findElements(By.id("query-code")).isEmpty());
		String number = web.findElement(By.id("number")).getText();
		String code = web.findElement(By.id("query-code")).getText();
		assertThat(number).startsWith("WH");
		assertThat(code).matches("\\d{6}");
		assertThat(orders.find(number).orElseThrow().regionCode()).isEqualTo("371002003000");
		// the receipt switches language and keeps the number and query code (it was a 405 page once)
		web.findElement(By.id("language")).click();
		waiting().until(d -> d.getPageSource().contains("Query code"));
		assertThat(web.findElement(By.id("number")).getText()).isEqualTo(number);
		assertThat(web.findElement(By.id("query-code")).getText()).isEqualTo(code);
		assertThat(web.getCurrentUrl()).doesNotContain(code);
		web.findElement(By.id("language")).click();
		waiting().until(d -> d.getPageSource().contains("查询码"));

		track(number, code);
		assertThat(web.findElement(By.id("timeline")).getText()).contains("受理");
		assertThat(web.getPageSource()).doesNotContain("13600002222");
		assertThat(web.findElements(By.id("revisit-form"))).isEmpty();

		String id = orders.find(number).orElseThrow().id();
		orders.act(DISPATCHER, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(STREET, id, "sign", Map.of());
		orders.act(STREET, id, "reply", Map.of("result", "已重新铺设地砖"));
		track(number, code);
		assertThat(web.getPageSource()).contains("已重新铺设地砖");
		web.findElement(By.cssSelector("#satisfaction option[value=SATISFIED]")).click();
		web.findElement(By.id("revisit-submit")).click();
		waiting().until(d -> !d.findElements(By.id("thanks")).isEmpty());
		assertThat(orders.find(number).orElseThrow().status()).isEqualTo(WorkOrderStatus.CLOSED);

		web.get("http://localhost:" + port + "/portal/track");
		web.findElement(By.id("track-number")).sendKeys(number);
		web.findElement(By.id("track-code")).sendKeys("000000".equals(code) ? "111111" : "000000");
		web.findElement(By.id("track-submit")).click();
		waiting().until(d -> !d.findElements(By.id("not-found")).isEmpty());
	}
}
