package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.shared.PhoneNumbers;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every door stores a caller's number in one form ({@link PhoneNumbers}), and migration V1_4_4 brings the numbers
 * stored before into it: on the database under test, the migration's statements give every way of writing a number
 * the form {@link PhoneNumbers#normalize} gives it, and an order taken in through the API with its number written
 * some other way is found by its caller's number however that is written.
 */
@IntegrationTest
class PhoneNumberMigrationIntegrationTests {

	private static final List<String> WRITTEN = List.of("13700009999", "137-0000-9999", "137 0000 9999",
			"+86 137 0000 9999", "+86-137-0000-9999", "0086 137 0000 9999", "(0631) 520 1235", "+86 631 5201235",
			"+86 (0631) 5201235", "0086-631-5201235", "（0631）5201235", "+86", "12345", "0631-5201235");

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	private List<String> migration() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/db/migration/V1_4_4__workorder_phone_numbers.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.strip().startsWith("--"))
				.reduce("", (a, b) -> a + "\n" + b);
			return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	private WorkOrderSummary order(String phone) {
		return orders.receive(new NewWorkOrder(Channel.HOTLINE, "来电反映：小区路灯不亮", null, null, "孙八", phone, null, null,
				null, null, "371002003000", null, null, null, false, List.of()), "operator1", "OPERATOR");
	}

	@Test
	void theMigrationGivesTheNumbersStoredBeforeTheFormEveryDoorNowStores() throws IOException {
		List<String> ids = new ArrayList<>();
		for (String written : WRITTEN) {
			String id = order("13800000000").id();
			// as stored before: the number as it was written
			jdbc.sql("UPDATE wo_order SET citizen_phone = :p WHERE id = :id").param("p", written).param("id", id).update();
			ids.add(id);
		}
		List<String> statements = migration();
		assertThat(statements).hasSize(4);
		transaction.executeWithoutResult(tx -> statements.forEach(s -> jdbc.sql(s).update()));
		for (int i = 0; i < WRITTEN.size(); i++) {
			String stored = jdbc.sql("SELECT citizen_phone FROM wo_order WHERE id = :id").param("id", ids.get(i))
				.query(String.class).optional().orElse(null);
			assertThat(stored).as(WRITTEN.get(i)).isEqualTo(PhoneNumbers.normalize(WRITTEN.get(i)));
		}
	}

	@Test
	void anOrderTakenInWithItsNumberWrittenAnyWayIsItsCallersWhicheverWayTheCallerIsLookedUp() {
		String mobile = "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
		String written = "+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
		WorkOrderSummary order = order(written);
		assertThat(orders.citizenPhone(order.id())).contains(mobile);
		var byPhone = new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null,
				mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7));
		assertThat(orders.newestIds(WorkOrdersApiIntegrationTests.DISPATCHER, byPhone, 10)).containsExactly(order.id());
	}
}
