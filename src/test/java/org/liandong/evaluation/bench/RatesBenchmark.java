package org.liandong.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark of issue 6 (not part of the build: the class name does not match the test patterns and it runs only
 * with {@code -Dliandong.bench=true}); see docs/evaluation.md § Benchmark for the command. Prints:
 * <ol>
 * <li>the time to answer one month's rates for all units, with {@code liandong.bench.orders} (default 1,000,000)
 * orders' read-model rows spread over a year across every Weihai unit (loaded in bulk, as the listeners would
 * have written them);</li>
 * <li>the read model's upkeep cost relative to intake: the time to take in and dispatch orders through
 * {@code WorkOrders}, and the time to apply the events those orders produced to the read model.</li>
 * </ol>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "liandong.bench", matches = "true")
class RatesBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Evaluation evaluation;

	@Autowired
	Directory directory;

	@Autowired
	WorkOrders orders;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void printsTheFigures() throws Exception {
		int n = Integer.getInteger("liandong.bench.orders", 1_000_000);
		long t0 = System.nanoTime();
		load(n);
		System.out.printf("BENCH loaded %,d orders' facts in %.1f s (%s rows)%n", n, secs(t0),
				jdbc.queryForObject("SELECT COUNT(*) FROM ev_fact", Long.class));
		LocalDate from = LocalDate.of(2025, 6, 1);
		double[] ms = new double[7];
		int rows = 0;
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			rows = evaluation.rates(new RateQuery(from, from.plusMonths(1), null, null, RateDimension.UNIT)).size();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		double first = ms[0];
		Arrays.sort(ms);
		System.out.printf("BENCH month's rates for all units: %d units, first %.0f ms, median %.0f ms, max %.0f ms%n", rows, first,
				ms[ms.length / 2], ms[ms.length - 1]);
		upkeep(Integer.getInteger("liandong.bench.intake", 500));
		assertThat(rows).isPositive();
	}

	/** Intake (receive + dispatch) of k orders versus applying their events to the read model synchronously. */
	void upkeep(int k) throws Exception {
		List<WorkOrderEvent> captured = new ArrayList<>();
		ApplicationListener<PayloadApplicationEvent<WorkOrderEvent>> capture = e -> {
			synchronized (captured) {
				captured.add(e.getPayload());
			}
		};
		context.addApplicationListener(capture);
		Actor dispatcher = new Actor("bench", "bench", "bench", Role.DISPATCHER, null, "371000000000",
				java.util.Set.of());
		long t = System.nanoTime();
		for (int i = 0; i < k; i++) {
			var o = orders.receive(new NewWorkOrder(Channel.HOTLINE, "基准测试：路灯不亮，请维修。" + i, null, null, null, null,
					null, null, null, null, "371002003006", null, null, null, false, List.of()), "bench", "SYSTEM");
			orders.act(dispatcher, o.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		}
		double intake = secs(t);
		context.removeApplicationListener(capture);
		Object model = context.getBean("rateReadModel");
		var record = model.getClass().getMethod("record", WorkOrderEvent.class);
		List<WorkOrderEvent> events;
		synchronized (captured) {
			events = List.copyOf(captured);
		}
		// The listeners already applied them: apply them again as new orders so that the work is really done.
		long t2 = System.nanoTime();
		for (WorkOrderEvent e : events) {
			record.invoke(model, renamed(e));
		}
		double upkeep = secs(t2);
		System.out.printf("BENCH intake of %d orders (receive + dispatch, %d events): %.2f s = %.0f orders/s; "
				+ "read-model upkeep of those events: %.2f s = %.1f %% of intake time%n", k, events.size(), intake,
				k / intake, upkeep, 100 * upkeep / intake);
	}

	static WorkOrderEvent renamed(WorkOrderEvent e) {
		String id = "b-" + e.orderId().substring(2);
		if (e instanceof WorkOrderEvent.Received r) {
			return new WorkOrderEvent.Received(id, r.number(), r.channel(), r.nature(), r.itemCode(), r.regionCode(),
					r.at());
		}
		if (e instanceof WorkOrderEvent.Dispatched d) {
			return new WorkOrderEvent.Dispatched(id, d.leadUnitCode(), d.coUnitCodes(), d.itemCode(), d.regionCode(),
					d.reassigned(), d.signDueAt(), d.responseDueAt(), d.dueAt(), d.at());
		}
		return e;
	}

	/** Bulk rows as the read model writes them: a dispatch row, a reply row and an answer row per order. */
	void load(int n) {
		List<Unit> units = directory.allUnits();
		List<Region> communities = directory.allRegions().stream()
			.filter(r -> r.level() == RegionLevel.COMMUNITY)
			.toList();
		Random random = new Random(7);
		LocalDate start = LocalDate.of(2025, 1, 1);
		List<Object[]> batch = new ArrayList<>();
		String sql = "INSERT INTO ev_fact (order_id, seq, unit_code, fact_day, region_code, district_code, "
				+ "street_code, item_code, dispatched, signed_on_time, responded, returns, replied, replied_on_time, "
				+ "handle_seconds, revisits, resolved, satisfied, basically_satisfied, dissatisfied, reopens, overdue) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		for (int i = 0; i < n; i++) {
			String id = UUID.randomUUID().toString();
			String unit = units.get(random.nextInt(units.size())).code();
			Region place = communities.get(random.nextInt(communities.size()));
			String street = place.parentCode();
			String district = street.substring(0, 6) + "000000";
			LocalDate day = start.plusDays(random.nextInt(365));
			LocalDate replyDay = day.plusDays(random.nextInt(6));
			LocalDate answerDay = replyDay.plusDays(1 + random.nextInt(3));
			boolean onTime = random.nextInt(10) > 0;
			int sat = random.nextInt(10);
			batch.add(new Object[] { id, 0, unit, Date.valueOf(day), place.code(), district, street, "CG-0101", 1,
					random.nextInt(20) > 0 ? 1 : 0, random.nextInt(10) > 0 ? 1 : 0, random.nextInt(50) == 0 ? 1 : 0, 0,
					0, 0L, 0, 0, 0, 0, 0, 0, 0 });
			batch.add(new Object[] { id, 1, unit, Date.valueOf(replyDay), place.code(), district, street, "CG-0101",
					0, 0, 0, 0, 1, onTime ? 1 : 0, 3600L * (4 + random.nextInt(100)), 0, 0, 0, 0, 0,
					random.nextInt(30) == 0 ? 1 : 0, onTime ? 0 : 1 });
			batch.add(new Object[] { id, 2, unit, Date.valueOf(answerDay), place.code(), district, street, "CG-0101",
					0, 0, 0, 0, 0, 0, 0L, 1, sat > 1 ? 1 : 0, sat > 3 ? 1 : 0, sat == 2 || sat == 3 ? 1 : 0,
					sat < 2 ? 1 : 0, 0, 0 });
			if (batch.size() >= 3000) {
				jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch);
		}
	}

	static double secs(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static Instant now() {
		return Instant.now();
	}
}
