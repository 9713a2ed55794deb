package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listeners of an intake get the order as taken in from memory, once its transaction committed; other orders are
 * read.
 */
@IntegrationTest
class JustTakenInIntegrationTests {

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private WorkOrderSummary takeIn(String content, String phone) {
		return orders.receive(new NewWorkOrder(Channel.HOTLINE, content, null, null, "钱七", phone, null, null, null,
				null, "371002003006", null, null, null, false, List.of()), "operator1", "OPERATOR");
	}

	@Test
	void anOrderJustTakenInIsServedAsTakenInFromMemoryAndAnyOtherIsRead() {
		WorkOrderSummary order = takeIn("楼道灯不亮，已经一周了", "13700005555");
		// changed behind the platform's back: memory still answers with the intake, a read with the change
		jdbc.sql("UPDATE wo_order SET content = 'changed', citizen_phone = '13700006666' WHERE id = :id")
			.param("id", order.id())
			.update();
		assertThat(orders.takenIn(order.id())).hasValueSatisfying(t -> {
			assertThat(t.order()).isEqualTo(order);
			assertThat(t.citizenPhone()).isEqualTo("13700005555");
		});
		assertThat(orders.find(order.id())).hasValueSatisfying(o -> assertThat(o.content()).isEqualTo("changed"));

		// past the keeping time (here zero) an order is no longer served from memory
		var none = new JustTakenIn(Duration.ZERO, 10);
		none.keepWhenCommitted(new WorkOrderRepositoryAccess(jdbc).load(order.id()));
		assertThat(none.get(order.id())).isEmpty();
		assertThat(orders.takenIn("no-such-order")).isEmpty();

		// kept for a nanosecond: held until something drops it, which the scheduled forgetting does without an intake
		var brief = new JustTakenIn(Duration.ofNanos(1), JustTakenIn.MAX_BYTES);
		brief.keepWhenCommitted(new WorkOrderRepositoryAccess(jdbc).load(order.id()));
		assertThat(brief.size()).isEqualTo(1);
		brief.forgetExpired();
		assertThat(brief.size()).isZero();
		assertThat(brief.bytes()).isZero();
	}

	@Test
	void aRolledBackIntakeIsNotKeptAndTheOldestGoBeyondTheMaximum() {
		String[] id = new String[1];
		transactions.executeWithoutResult(status -> {
			id[0] = takeIn("井盖缺失，存在安全隐患", "13700007777").id();
			status.setRollbackOnly();
		});
		assertThat(orders.takenIn(id[0])).as("neither in memory nor in the database").isEmpty();

		// memory for two orders of these texts' length (alike: one character each) and not for three
		var access = new WorkOrderRepositoryAccess(jdbc);
		List<String> ids = List.of(takeIn("一", null).id(), takeIn("二", null).id(), takeIn("三", null).id());
		long each = JustTakenIn.weight(orders.takenIn(ids.get(0)).orElseThrow());
		var two = new JustTakenIn(Duration.ofMinutes(1), 2 * each + each / 2);
		ids.forEach(i -> two.keepWhenCommitted(access.load(i)));
		assertThat(two.get(ids.get(0))).isEmpty();
		assertThat(two.get(ids.get(1))).isPresent();
		assertThat(two.get(ids.get(2))).hasValueSatisfying(t -> assertThat(t.order().content()).isEqualTo("三"));
		assertThat(two.size()).isEqualTo(2);
		assertThat(two.bytes()).isEqualTo(2 * each);
		// the same order kept a second time replaces the first and weighs once
		two.keepWhenCommitted(access.load(ids.get(2)));
		assertThat(two.size()).isEqualTo(2);
		assertThat(two.bytes()).isEqualTo(2 * each);
	}

	@Test
	void anOrderWeighsItsTextsAtTwoBytesACharacterAndMoreTextWeighsMore() {
		WorkOrderSummary brief = takeIn("路灯不亮", null);
		WorkOrderSummary lengthy = takeIn("路灯不亮" + "，夜间行人不便".repeat(100), null);
		long briefWeight = JustTakenIn.weight(orders.takenIn(brief.id()).orElseThrow());
		long lengthyWeight = JustTakenIn.weight(orders.takenIn(lengthy.id()).orElseThrow());
		// the content 700 characters longer, and its title (taken from the content) perhaps longer too
		assertThat(lengthyWeight - briefWeight).isGreaterThanOrEqualTo(2 * 700);
		// a short order weighs its fixed part and a few characters: under a kilobyte, as the bound's arithmetic assumes
		assertThat(briefWeight).isBetween(600L, 1_000L);
	}

	@Test
	void theTransactionThatTakesAnOrderInFindsItAsTakenInAndATransactionOfItsOwnStartedMeanwhileDoesNot() {
		var own = new TransactionTemplate(transactions.getTransactionManager());
		own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String[] id = new String[1];
		transactions.executeWithoutResult(status -> {
			WorkOrderSummary order = takeIn("路灯不亮，夜间行人不便", "13700008888");
			id[0] = order.id();
			// the receipt's listener runs before the commit, in this transaction: the order and its phone, no read
			jdbc.sql("UPDATE wo_order SET citizen_phone = '13700009999' WHERE id = :id").param("id", id[0]).update();
			assertThat(orders.takenIn(id[0])).hasValueSatisfying(t -> {
				assertThat(t.order()).isEqualTo(order);
				assertThat(t.citizenPhone()).isEqualTo("13700008888");
			});
			own.executeWithoutResult(inner -> assertThat(orders.takenIn(id[0]))
				.as("another transaction sees neither the uncommitted row nor the memory of it")
				.isEmpty());
		});
		assertThat(orders.takenIn(id[0])).as("after the commit: kept for the listeners")
			.hasValueSatisfying(t -> assertThat(t.citizenPhone()).isEqualTo("13700008888"));
	}

	/** Loads an order as the module holds it (outside a transaction: kept at once). */
	private record WorkOrderRepositoryAccess(JdbcClient jdbc) {

		WorkOrder load(String id) {
			return jdbc.sql("SELECT " + WorkOrderRepository.COLUMNS_WITH_CO_UNITS + " FROM wo_order WHERE id = :id")
				.param("id", id)
				.query((rs, n) -> WorkOrderRepository.mapWithCoUnits(rs))
				.single();
		}
	}
}
