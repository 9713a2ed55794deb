package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestDatabaseInitializer;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders whose nulls lie in different columns (a caller's name and no point, as the API's intakes; a point and no
 * name, as Open311's) are stored as given, and on PostgreSQL one after another share one prepared insert: the
 * driver does not parse and plan it anew at every change of columns.
 */
@IntegrationTest
class OrderInsertParametersIntegrationTests {

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private WorkOrderSummary named(int i) {
		return orders.receive(new NewWorkOrder(Channel.HOTLINE, "楼道灯不亮，已经一周了（" + i + "）", null, null, "钱七",
				"13700005555", null, null, null, null, "371002003006", null, null, null, false, List.of()), "operator1",
				"OPERATOR");
	}

	private WorkOrderSummary placed(int i) {
		return orders.receive(new NewWorkOrder(Channel.OPEN311, "井盖缺失，存在安全隐患（" + i + "）", null, null, null,
				null, "海滨北路 1 号", 37.5097, 122.0563, null, "371002001001", null, "CG-0101", null, false, List.of()),
				"open311", "SYSTEM");
	}

	@Test
	void ordersWithTheirNullsInOtherColumnsAreStoredAsGivenThroughOnePreparedInsert() {
		List<WorkOrderSummary> taken = transactions.execute(status -> {
			List<WorkOrderSummary> out = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				out.add(i % 2 == 0 ? named(i) : placed(i));
			}
			if (TestDatabaseInitializer.postgresRequested()) {
				// this transaction's connection: the insert's executions since it was last prepared (the driver
				// prepares it on the server from its fifth execution on a connection)
				Long executions = jdbc.sql("SELECT MAX(generic_plans + custom_plans) FROM pg_prepared_statements "
						+ "WHERE statement LIKE 'INSERT INTO wo_order (%'")
					.query(Long.class)
					.single();
				assertThat(executions).as("executions of the prepared insert").isGreaterThanOrEqualTo(8);
			}
			return out;
		});

		for (int i = 0; i < taken.size(); i++) {
			var row = jdbc.sql("SELECT citizen_name, lat, lon, item_code FROM wo_order WHERE id = :id")
				.param("id", taken.get(i).id())
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getString(4) })
				.single();
			if (i % 2 == 0) {
				assertThat(row).containsExactly("钱七", null, null, null);
			}
			else {
				assertThat(row[0]).isNull();
				assertThat(((Number) row[1]).doubleValue()).isEqualTo(37.5097);
				assertThat(((Number) row[2]).doubleValue()).isEqualTo(122.0563);
				assertThat(row[3]).isEqualTo("CG-0101");
			}
		}
	}
}
