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
 * pages in intake order), {@link WorkOrders#findAll} and {@link WorkOrders#newest}, and the region filter as a range.
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
		Instant before = workOrders.takenInAfter(Instant.EPOCH, "", 1000).stream()
			.map(WorkOrderSummary::createdAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		List<String> taken = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			taken.add(receive("键集分页 " + i + " " + UUID.randomUUID(), null, null).id());
		}
		List<String> walked = new ArrayList<>();
		Instant at = before.minusSeconds(1);
		String id = "";
		for (int pages = 0; pages < 100; pages++) {
			List<WorkOrderSummary> page = workOrders.takenInAfter(at, id, 3);
			page.forEach(o -> walked.add(o.id()));
			if (page.size() < 3) {
				break;
			}
			at = page.get(2).createdAt();
			id = page.get(2).id();
		}
		assertThat(walked).doesNotHaveDuplicates().containsAll(taken);
		assertThat(walked.stream().filter(taken::contains).toList()).as("in intake order").isEqualTo(taken);
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
		assertThat(workOrders.newest(PLATFORM, byPhone, 2)).extracting(WorkOrderSummary::id)
			.containsExactly(ids.get(3), ids.get(2));
	}

	@Test
	void aRegionFilterTakesTheRegionsBelowItAndNotItsNeighbours() {
		String marker = "区域范围 " + UUID.randomUUID();
		WorkOrderSummary inside = receive(marker, "371002003006", null);
		WorkOrderSummary neighbour = receive(marker, "371002002001", null);
		WorkOrderSummary otherDistrict = receive(marker, "371003001006", null);
		WorkOrderFilter street = new WorkOrderFilter(null, null, "371002003000", null, null, null, null, null, null,
				marker, null);
		assertThat(workOrders.newest(PLATFORM, street, 100)).extracting(WorkOrderSummary::id)
			.containsExactly(inside.id());
		WorkOrderFilter district = new WorkOrderFilter(null, null, "371002000000", null, null, null, null, null, null,
				marker, null);
		assertThat(workOrders.newest(PLATFORM, district, 100)).extracting(WorkOrderSummary::id)
			.containsExactlyInAnyOrder(inside.id(), neighbour.id());
		assertThat(otherDistrict.id()).isNotNull();
	}
}
