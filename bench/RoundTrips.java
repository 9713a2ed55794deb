import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a round trip to PostgreSQL costs, for deciding whether to send a transaction's statements together
 * (docs/performance.md, sixteenth session). Each transaction inserts one row into each of five small tables
 * ({@code bench_rt_*}, made at the start and dropped at the end), as an intake does into its order, timeline, outbox,
 * receipt and audit tables: in {@code separate} mode one statement and round trip each, in {@code together} mode
 * the first alone and the other four as one multi-statement string, which the PostgreSQL driver sends with a single
 * Sync (one round trip). It prints transactions per second and the CPU per transaction of the PostgreSQL server
 * (every process named {@code postgres*} on this machine: run it against a local server with nothing else on it) and
 * of this client.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.11/postgresql-42.7.11.jar bench/RoundTrips.java \
 *   jdbc:postgresql://localhost:5432/liandong_bench liandong liandong [seconds=15] [clients=16] [rounds=2]
 * </pre>
 */
public class RoundTrips {

	static final String A = "INSERT INTO bench_rt_a (k, s, n, at) VALUES (?, ?, ?, now())";
	static final String B = "INSERT INTO bench_rt_b (a_id, s, at) VALUES (?, ?, now())";
	static final String C = "INSERT INTO bench_rt_c (id, s, at) VALUES (?::uuid, ?, now())";
	static final String D = "INSERT INTO bench_rt_d (s, at) VALUES (?, now())";
	static final String E = "INSERT INTO bench_rt_e (s, at) VALUES (?, now())";
	static final String TOGETHER = B + ";" + C + ";" + D + ";" + E;

	public static void main(String[] args) throws Exception {
		String url = args[0], user = args[1], password = args[2];
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
		int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
		int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 2;
		try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS bench_rt_a (id BIGSERIAL PRIMARY KEY, k TEXT UNIQUE, s TEXT, n BIGINT, "
					+ "at TIMESTAMPTZ)");
			s.execute("CREATE INDEX IF NOT EXISTS ix_bench_rt_a_at ON bench_rt_a (at)");
			s.execute("CREATE TABLE IF NOT EXISTS bench_rt_b (id BIGSERIAL PRIMARY KEY, a_id BIGINT, s TEXT, at TIMESTAMPTZ)");
			s.execute("CREATE INDEX IF NOT EXISTS ix_bench_rt_b_a ON bench_rt_b (a_id)");
			s.execute("CREATE TABLE IF NOT EXISTS bench_rt_c (id UUID PRIMARY KEY, s TEXT, at TIMESTAMPTZ)");
			s.execute("CREATE TABLE IF NOT EXISTS bench_rt_d (id BIGSERIAL PRIMARY KEY, s TEXT, at TIMESTAMPTZ)");
			s.execute("CREATE TABLE IF NOT EXISTS bench_rt_e (id BIGSERIAL PRIMARY KEY, s TEXT, at TIMESTAMPTZ)");
		}
		try {
			for (int r = 0; r < rounds; r++) {
				for (String mode : new String[] { "separate", "together" }) {
					run(url, user, password, mode, seconds, clients);
				}
			}
		}
		finally {
			try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
				s.execute("DROP TABLE IF EXISTS bench_rt_a, bench_rt_b, bench_rt_c, bench_rt_d, bench_rt_e");
			}
		}
	}

	static void run(String url, String user, String password, String mode, int seconds, int clients) throws Exception {
		AtomicLong n = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch connected = new CountDownLatch(clients);
		for (int w = 0; w < clients; w++) {
			pool.submit(() -> {
				try (Connection c = DriverManager.getConnection(url, user, password)) {
					c.setAutoCommit(false);
					connected.countDown();
					while (!stop.get()) {
						long i = n.incrementAndGet();
						try (var p = c.prepareStatement(A)) {
							p.setString(1, UUID.randomUUID().toString());
							p.setString(2, "the order's text");
							p.setLong(3, i);
							p.executeUpdate();
						}
						if (mode.equals("separate")) {
							try (var p = c.prepareStatement(B)) {
								p.setLong(1, i);
								p.setString(2, "received");
								p.executeUpdate();
							}
							try (var p = c.prepareStatement(C)) {
								p.setString(1, UUID.randomUUID().toString());
								p.setString(2, "the event, serialized");
								p.executeUpdate();
							}
							try (var p = c.prepareStatement(D)) {
								p.setString(1, "the receipt");
								p.executeUpdate();
							}
							try (var p = c.prepareStatement(E)) {
								p.setString(1, "the audit row");
								p.executeUpdate();
							}
						}
						else {
							try (var p = c.prepareStatement(TOGETHER)) {
								p.setLong(1, i);
								p.setString(2, "received");
								p.setString(3, UUID.randomUUID().toString());
								p.setString(4, "the event, serialized");
								p.setString(5, "the receipt");
								p.setString(6, "the audit row");
								p.execute();
								int results = 0;
								do {
									if (p.getUpdateCount() != 1) {
										throw new IllegalStateException("update count " + p.getUpdateCount());
									}
									results++;
								}
								while (p.getMoreResults() || p.getUpdateCount() != -1);
								if (results != 4) {
									throw new IllegalStateException(results + " results");
								}
							}
						}
						c.commit();
					}
				}
				catch (Exception ex) {
					ex.printStackTrace();
					stop.set(true);
				}
				return null;
			});
		}
		connected.await();
		Thread.sleep(3000); // warm-up
		var os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
		long n0 = n.get(), pg0 = postgresTicks(), cpu0 = os.getProcessCpuTime();
		Thread.sleep(seconds * 1000L);
		long n1 = n.get(), pg1 = postgresTicks(), cpu1 = os.getProcessCpuTime();
		stop.set(true);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);
		double tx = n1 - n0;
		System.out.printf("%-9s %7.0f transactions/s; CPU per transaction: PostgreSQL %.3f ms, client %.3f ms "
				+ "(%d round trips each)%n", mode, tx / seconds, (pg1 - pg0) * 10.0 / tx, (cpu1 - cpu0) / 1e6 / tx,
				mode.equals("separate") ? 6 : 3);
	}

	/** User + system CPU ticks (1/100 s) of every live process named postgres* (Linux /proc). */
	static long postgresTicks() throws Exception {
		long ticks = 0;
		try (var procs = Files.list(Path.of("/proc"))) {
			for (Path p : procs.toList()) {
				if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					if (!Files.readString(p.resolve("comm")).startsWith("postgres")) {
						continue;
					}
					String[] f = Files.readString(p.resolve("stat")).split("\\) ")[1].split(" ");
					ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
				}
				catch (Exception gone) {
					// (a process that ended meanwhile)
				}
			}
		}
		return ticks;
	}
}
