package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.shared.ConflictException;
import org.liandong.shared.StaleVersionException;
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two changes of one order from the same version: the second is refused as a conflict every page says
 * ({@link StaleVersionException} is a {@link ConflictException}), not a failure that ends as a 500 (regression check,
 * 2026-11-29: two answers to one revisit link at the same instant), and it changes nothing.
 */
@IntegrationTest
class StaleVersionIntegrationTests {

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSecondChangeFromTheSameVersionIsAConflictAndChangesNothing() {
		String id = orders.receive(new NewWorkOrder(Channel.HOTLINE, "楼道灯不亮", null, null, null, null, null, null,
				null, null, "371002003006", null, null, null, false, List.of()), "operator1", "OPERATOR").id();
		WorkOrderRepository repository = new WorkOrderRepository(jdbc);
		WorkOrder first = repository.find(id).orElseThrow();
		WorkOrder second = repository.find(id).orElseThrow();
		transactions.executeWithoutResult(status -> repository.update(first));
		int version = version(id);
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> repository.update(second)))
			.isInstanceOf(StaleVersionException.class)
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("changed concurrently");
		assertThat(version(id)).isEqualTo(version);
	}

	private int version(String id) {
		return jdbc.sql("SELECT version FROM wo_order WHERE id = :id").param("id", id).query(Integer.class).single();
	}
}
