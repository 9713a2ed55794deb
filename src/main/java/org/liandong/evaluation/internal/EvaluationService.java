package org.liandong.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.Region;
import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.evaluation.RateRow;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** {@link Evaluation} from the read model: sums of {@code ev_fact} turned into rates by {@link RatePolicy}. */
@Service
class EvaluationService implements Evaluation {

	/**
	 * The name of the row of orders without a place (key {@code null}) when grouped by district or street: names are
	 * Chinese data like the regions' own; pages show their message {@code ev.unplaced} instead.
	 */
	static final String UNPLACED = "未定位";

	/** Highest score first, no score last, then by key. */
	static final Comparator<RateRow> BY_SCORE = Comparator
		.comparing(RateRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(RateRow::key, Comparator.nullsLast(Comparator.naturalOrder()));

	private final RateQueries queries;
	private final RatePolicy policy;
	private final Directory directory;

	EvaluationService(RateQueries queries, RatePolicy policy, Directory directory) {
		this.queries = queries;
		this.policy = policy;
		this.directory = directory;
	}

	@Override
	public List<RateRow> rates(RateQuery q) {
		if (q.from() == null || q.to() == null || !q.from().isBefore(q.to())) {
			throw new InvalidRequestException("to", "'from' must be a date before 'to'");
		}
		Set<String> units = null;
		if (q.unitCode() != null && !q.unitCode().isBlank()) {
			units = directory.unitAndDescendants(q.unitCode());
			if (units.isEmpty()) {
				throw new NotFoundException("No unit " + q.unitCode());
			}
		}
		Map<String, Tally> sums = queries.sum(q.from(), q.to(), q.dimension(), units, places(q.regionCode()));
		List<RateRow> rows = new ArrayList<>();
		if (q.dimension() == RateDimension.UNIT && units != null) {
			Tally total = sums.values().stream().reduce(Tally.ZERO, Tally::plus);
			rows.add(policy.row(q.unitCode(), name(RateDimension.UNIT, q.unitCode()), total));
			return rows;
		}
		sums.forEach((key, t) -> rows.add(policy.row(key.isEmpty() ? null : key, name(q.dimension(), key), t)));
		rows.sort(BY_SCORE);
		return rows;
	}

	/**
	 * The orders placed in the region or below (region codes are hierarchical: a district's places share its first 6
	 * digits, a street's its first 9); the root region (no parent, the whole city) also has the orders with no place,
	 * since city-wide scopes see them (CONTRACT §4). Null for no region: every order.
	 */
	RateQueries.Places places(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Region region = directory.region(code)
			.orElseThrow(() -> new InvalidRequestException("region", "Unknown region " + code));
		String prefix = switch (region.level()) {
			case CITY -> code.substring(0, 4);
			case DISTRICT -> code.substring(0, 6);
			case STREET -> code.substring(0, 9);
			case COMMUNITY -> code;
		};
		return new RateQueries.Places(prefix, region.parentCode() == null);
	}

	String name(RateDimension dimension, String key) {
		if (key == null || key.isEmpty()) {
			return dimension == RateDimension.DISTRICT || dimension == RateDimension.STREET ? UNPLACED : null;
		}
		return switch (dimension) {
			case UNIT -> directory.unitName(key);
			case DISTRICT, STREET -> directory.region(key).map(Region::name).orElse(key);
			case ITEM -> directory.item(key).map(Item::name).orElse(key);
			default -> key;
		};
	}
}
