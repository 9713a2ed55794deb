package org.liandong.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.identity.DemoGridWorkers;
import org.liandong.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of CONTRACT §2, password {@code demo123}: the city-wide staff, one handler {@code h-<unit code>}
 * per unit and (once the grid registry calls {@link #ensureGridWorkers}) one grid worker {@code g-<grid code>} per
 * grid. Runs after the directory has loaded its units, inserts only missing users, and never runs bcrypt: every
 * demo user shares one precomputed hash.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "liandong.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUsers implements ApplicationRunner, DemoGridWorkers {

	/** bcrypt (cost 10) of {@code demo123}. */
	static final String DEMO_PASSWORD_HASH = "$2a$10$R7sAMxocv58plQLFXrcTRukLdfn./5tnK0sfh0A0rmdcUQmmu0fXK";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final Users users;

	private final Directory directory;

	private final Clock clock;

	private final String city;

	DemoUsers(Users users, Directory directory, Clock clock,
			@Value("${liandong.jurisdiction.city-region-code:371000000000}") String city) {
		this.users = users;
		this.directory = directory;
		this.clock = clock;
		this.city = city;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Demo> wanted = new ArrayList<>();
		wanted.add(new Demo("admin", "系统管理员", Role.ADMIN, null, city, Set.of()));
		wanted.add(new Demo("operator1", "话务员一", Role.OPERATOR, null, city, Set.of()));
		wanted.add(new Demo("dispatcher1", "派单员一", Role.DISPATCHER, null, city, Set.of()));
		wanted.add(new Demo("supervisor1", "督办员一", Role.SUPERVISOR, null, city, Set.of()));
		wanted.add(new Demo("leader1", "领导一", Role.LEADER, null, city, Set.of()));
		for (Unit unit : directory.allUnits()) {
			wanted.add(new Demo("h-" + unit.code(), unit.name() + "承办人", Role.HANDLER, unit.code(), null, Set.of()));
		}
		int added = insertMissing(wanted);
		log.info("Demo users: {} added, {} wanted", added, wanted.size());
	}

	/** One grid worker {@code g-<grid code>} per grid; for the grid registry's demo data. */
	@Override
	@Transactional
	public int ensureGridWorkers(Collection<String> gridCodes) {
		List<Demo> wanted = gridCodes.stream()
			.map(g -> new Demo("g-" + g, "网格员 " + g, Role.GRID_WORKER, null, null, Set.of(g)))
			.toList();
		return insertMissing(wanted);
	}

	private int insertMissing(List<Demo> wanted) {
		Set<String> existing = users.existingUsernames();
		Instant now = clock.instant();
		List<UserAccount> missing = wanted.stream()
			.filter(d -> !existing.contains(d.username()))
			.map(d -> new UserAccount(UUID.randomUUID().toString(), d.username(), DEMO_PASSWORD_HASH, d.displayName(),
					d.role(), d.unitCode(), d.regionCode(), d.grids(), true, now, now, 0))
			.toList();
		users.insertAll(missing);
		return missing.size();
	}

	private record Demo(String username, String displayName, Role role, String unitCode, String regionCode,
			Set<String> grids) {
	}
}
