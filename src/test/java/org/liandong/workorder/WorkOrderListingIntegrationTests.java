package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The listing calls other modules use to walk or look up orders in bulk: {@link WorkOrders#takenInAfter} (keyset
 * pages in intake order), {@link WorkOrders#findAll} and {@link WorkOrders#newestIds}, and the region filter as a
 * range.
 */
@IntegrationTest
class WorkOrderListingIntegrationTests {

	static final Actor PLATFORM = new Actor("system", "system", "system", Role.ADMIN, null, null, java.util.Set.of());

	@Autowired
	WorkOrders workOrders;

	WorkOrderSummary receive(String content, String region, String phone) {
		return workOrders.receive(new NewWorkOrder(Channel.HOTLINE, content, null, null, null, phone, null, null, null,
				null, region, null, null, null, false, List.of()), "test", "SYSTEM");
	}

	@Test
	void walkingInKeysetPagesFromAGivenTimeVisitsEveryLaterOrderOnceInIntakeOrder() {
		// the newest order so far (the suite's other classes may have taken in any number before)
		Instant before = Instant.EPOCH;
		String last = "";
		for (List<WorkOrderSummary> page; !(page = workOrders.takenInAfter(before, last, 1000)).isEmpty();) {
			before = page.get(page.size() - 1).createdAt();
			last = page.get(page.size() - 1).id();
		}
		List<String> taken = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			taken.add(receive("键集分页 " + i + " " + UUID.randomUUID(), null, null).id());
		}
		List<String> walked = new ArrayList<>();
		List<WorkOrderSummary> walkedOrders = new ArrayList<>();
		Instant at = before.minusSeconds(1);
		String id = "";
		for (int pages = 0; pages < 1000; pages++) {
			List<WorkOrderSummary> page = workOrders.takenInAfter(at, id, 3);
			page.forEach(o -> walked.add(o.id()));
			walkedOrders.addAll(page);
			if (page.size() < 3) {
				break;
			}
			at = page.get(2).createdAt();
			id = page.get(2).id();
		}
		assertThat(walked).doesNotHaveDuplicates().containsAll(taken);
		// the positions alone: the same walk, no order read
		List<WorkOrders.Position> positions = workOrders.positionsAfter(before.minusSeconds(1), "", 1000);
		assertThat(positions).as("in intake order").isSortedAccordingTo(java.util.Comparator
			.comparing(WorkOrders.Position::createdAt).thenComparing(WorkOrders.Position::id));
		assertThat(positions).containsAll(walkedOrders.stream()
			.filter(o -> taken.contains(o.id()))
			.map(o -> new WorkOrders.Position(o.id(), o.createdAt()))
			.toList());
		// in the order they were taken in: by creation time, orders of the same instant by id (the keyset)
		assertThat(walkedOrders).as("by creation time, then id").isSortedAccordingTo(
				java.util.Comparator.comparing(WorkOrderSummary::createdAt).thenComparing(WorkOrderSummary::id));
	}

	@Test
	void findAllKeepsTheOrderGivenAndLeavesOutUnknownIds() {
		WorkOrderSummary a = receive("批量查询甲 " + UUID.randomUUID(), null, null);
		WorkOrderSummary b = receive("批量查询乙 " + UUID.randomUUID(), null, null);
		assertThat(workOrders.findAll(List.of(b.id(), "no-such-order", a.id())))
			.extracting(WorkOrderSummary::id)
			.containsExactly(b.id(), a.id());
		assertThat(workOrders.findAll(List.of())).isEmpty();
	}

	@Test
	void newestGivesTheMostRecentMatchesFirstAndAtMostTheLimit() {
		String phone = "139" + String.format("%08d", (long) (Math.random() * 1e8));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ids.add(receive("最新工单 " + i, null, phone).id());
		}
		WorkOrderFilter byPhone = new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null,
				phone);
		assertThat(workOrders.newestIds(PLATFORM, byPhone, 2)).containsExactly(ids.get(3), ids.get(2));
	}

	@Test
	void aRegionFilterTakesTheRegionsBelowItAndNotItsNeighbours() {
		String marker = "区域范围 " + UUID.randomUUID();
		WorkOrderSummary inside = receive(marker, "371002003006", null);
		WorkOrderSummary neighbour = receive(marker, "371002002001", null);
		WorkOrderSummary otherDistrict = receive(marker, "371003001006", null);
		WorkOrderFilter street = new WorkOrderFilter(null, null, "371002003000", null, null, null, null, null, null,
				marker, null);
		assertThat(workOrders.newestIds(PLATFORM, street, 100)).containsExactly(inside.id());
		WorkOrderFilter district = new WorkOrderFilter(null, null, "371002000000", null, null, null, null, null, null,
				marker, null);
		assertThat(workOrders.newestIds(PLATFORM, district, 100))
			.containsExactlyInAnyOrder(inside.id(), neighbour.id());
		assertThat(otherDistrict.id()).isNotNull();
	}

	@Test
	void theDispatchQueueGivesTheMostUrgentThenOldestFirstWhateverTheNumberOfOrders() {
		String phone = "137" + String.format("%08d", (long) (Math.random() * 1e8));
		List<String> ids = new ArrayList<>();
		for (Urgency urgency : new Urgency[] { Urgency.NORMAL, Urgency.CRITICAL, Urgency.NORMAL, Urgency.URGENT }) {
			ids.add(workOrders.receive(new NewWorkOrder(Channel.HOTLINE, "队列排序 " + urgency, null, null, null, phone,
					null, null, null, null, null, null, null, urgency, false, List.of()), "test", "SYSTEM").id());
		}
		WorkOrderFilter byPhone = new WorkOrderFilter("RECEIVED", null, null, null, null, null, null, null, null, null,
				phone);
		var firstTwo = workOrders.queue(PLATFORM, byPhone, QueueOrder.MOST_URGENT_OLDEST,
				new org.liandong.shared.PageQuery(0, 2));
		assertThat(firstTwo.content()).extracting(WorkOrderSummary::id).containsExactly(ids.get(1), ids.get(3));
		assertThat(firstTwo.totalElements()).as("the page says how many there are in all").isEqualTo(4);
		assertThat(workOrders.queue(PLATFORM, byPhone, QueueOrder.MOST_URGENT_OLDEST,
				new org.liandong.shared.PageQuery(0, 10)).content())
			.extracting(WorkOrderSummary::id)
			.containsExactly(ids.get(1), ids.get(3), ids.get(0), ids.get(2));
		assertThat(workOrders.search(PLATFORM, byPhone, new org.liandong.shared.PageQuery(0, 2)).content())
			.as("a plain search is newest first, which would hide the oldest")
			.extracting(WorkOrderSummary::id)
			.containsExactly(ids.get(3), ids.get(2));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theLatestQueueGivesOverdueThenWarnedThenTheNearestDeadlineFirst() {
		String phone = "136" + String.format("%08d", (long) (Math.random() * 1e8));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(receive("最急队列 " + i, null, phone).id());
		}
		Instant now = Instant.now();
		// the deadline engine sets these as deadlines pass; here they are set directly to test the query's order
		state(ids.get(0), false, false, now.plusSeconds(7200));
		state(ids.get(1), true, true, now.minusSeconds(60));
		state(ids.get(2), false, true, now.plusSeconds(600));
		state(ids.get(3), false, false, now.plusSeconds(3600));
		// ids.get(4) has no deadline: last
		WorkOrderFilter byPhone = new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null,
				phone);
		assertThat(workOrders.queue(PLATFORM, byPhone, QueueOrder.MOST_LATE, new org.liandong.shared.PageQuery(0, 10))
			.content()).extracting(WorkOrderSummary::id)
			.containsExactly(ids.get(1), ids.get(2), ids.get(3), ids.get(0), ids.get(4));
	}

	private void state(String id, boolean overdue, boolean warned, Instant dueAt) {
		jdbc.sql("UPDATE wo_order SET overdue = :overdue, warned = :warned, due_at = :due WHERE id = :id")
			.param("overdue", overdue)
			.param("warned", warned)
			.param("due", java.time.OffsetDateTime.ofInstant(dueAt, java.time.ZoneOffset.UTC))
			.param("id", id)
			.update();
	}
}
