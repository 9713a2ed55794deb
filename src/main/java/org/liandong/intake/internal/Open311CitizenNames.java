package org.liandong.intake.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizen names of orders shown in public Open311 answers, only so that {@link Redaction} can remove them; a name
 * read here never leaves the process.
 * <p>
 * The name is personal data that {@code WorkOrderSummary} leaves out on purpose and {@code WorkOrders} offers no way
 * to read yet, so this reads the one column of the work-order table. That crosses the module boundary (read only);
 * it belongs behind a {@code WorkOrders} method (e.g. {@code citizenNames(ids)}, beside {@code citizenPhone}) and
 * should move there.
 */
@Component
class Open311CitizenNames {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	Open311CitizenNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Order id to citizen name, for the orders that have one; one round trip per 500 ids. */
	Map<String, String> of(Collection<String> orderIds) {
		Map<String, String> names = new HashMap<>();
		List<String> ids = List.copyOf(orderIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			jdbc.sql("SELECT id, citizen_name FROM wo_order WHERE id IN (:ids) AND citizen_name IS NOT NULL")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.forEach(e -> names.put(e.getKey(), e.getValue()));
		}
		return names;
	}
}
