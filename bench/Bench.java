import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for a running Liandong (not part of the build). Run it with {@code bench/run.sh}, or directly:
 *
 * <pre>
 * java bench/Bench.java http --base http://localhost:8080 --seconds 60 --concurrency 16
 * java bench/Bench.java floor --base http://localhost:8080 --seconds 20 --pid PLATFORM_PID
 * java -cp postgresql.jar bench/Bench.java jdbc --url jdbc:postgresql://localhost/liandong --user u --password p
 * </pre>
 *
 * {@code http}: half the workers post work orders through {@code POST /api/v1/work-orders} (bearer token of
 * operator1), half through Open311 {@code POST /open311/v2/requests.json} (a client created for the run, without a
 * rate limit); then the same number of workers read orders ({@code GET /api/v1/work-orders/{id}}) for a third of the
 * time, and then ask for the caller ({@code GET /api/v1/me}: the stack's floor, every layer of an API request but no
 * database) as long. A warm-up of half the time ({@code --warmup} seconds) runs the same mix first and is not counted.
 * With {@code --db-url jdbc:postgresql:… --db-user … --db-password …} (and the PostgreSQL driver on the class path)
 * it also prints the statements PostgreSQL ran per intake, from {@code pg_stat_statements}.
 * <p>
 * {@code jdbc}: the baseline, one transaction per request writing the four rows an intake writes (order,
 * timeline entry, outbox publication, idempotency record) at the same concurrency into the same database; prints
 * its throughput and the ratio to the last {@code http} run (kept in {@code bench/target/last-http.txt}).
 */
public class Bench {

	static final Path LAST = Path.of("bench", "target", "last-http.txt");

	public static void main(String[] args) throws Exception {
		Map<String, String> o = options(args);
		Cpu.databasePid = Long.parseLong(o.getOrDefault("db-pid", "0"));
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
		int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "16"));
		switch (args.length == 0 ? "" : args[0]) {
			case "http" -> http(o.getOrDefault("base", "http://localhost:8080"), seconds, concurrency,
					Long.parseLong(o.getOrDefault("pid", "0")), o);
			case "floor" -> floorOnly(o.getOrDefault("base", "http://localhost:8080"), seconds, concurrency,
					Long.parseLong(o.getOrDefault("pid", "0")));
			case "jdbc" -> jdbc(o.get("url"), o.getOrDefault("user", "sa"), o.getOrDefault("password", ""), seconds,
					concurrency);
			default -> System.err.println("usage: Bench http|floor|jdbc [--base URL] [--url JDBC --user U --password P] "
					+ "[--seconds 60] [--warmup 30] [--concurrency 16] [--pid PLATFORM_PID] [--db-pid POSTMASTER_PID]");
		}
	}

	// ---- HTTP ----

	static void http(String base, int seconds, int concurrency, long platformPid, Map<String, String> options)
			throws Exception {
		String token = field(send(base, "POST", "/api/v1/auth/token", basic("operator1"), null, null).body(), "token");
		String apiKey = field(send(base, "POST", "/api/v1/open311/clients", basic("admin"), "application/json",
				"{\"name\":\"bench-" + UUID.randomUUID() + "\",\"ratePerMinute\":100000}").body(), "apiKey");
		// the city's communities, so that the requests spread over the jurisdiction as a day's calls do
		List<String> communities = new ArrayList<>();
		for (int page = 0; page < 10; page++) {
			String json = send(base, "GET", "/api/v1/regions?level=COMMUNITY&size=1000&page=" + page,
					"Bearer " + token, null, null).body();
			Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{12})\"").matcher(json);
			int before = communities.size();
			while (m.find()) {
				communities.add(m.group(1));
			}
			if (communities.size() - before < 1000) {
				break;
			}
		}
		if (!communities.isEmpty()) {
			Texts.communities = communities.toArray(String[]::new);
		}
		ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
		AtomicLong n = new AtomicLong();
		// warm-up, not counted: the same mix as measured (both intake channels with places, reads, the floor), so
		// that the JIT, connection pools and caches are warm as in a platform that has been running, not only a
		// first path through them
		// the JIT needs far longer than a few seconds on 2 cores to compile a request path this deep: measured with
		// the compiler threads' CPU, a 10 s warm-up left them busy for an eighth of the following minute
		int warmup = Integer.parseInt(options.getOrDefault("warmup", String.valueOf(Math.max(3, seconds / 2))));
		run(warmup, concurrency, intake(base, token, apiKey, n, ids, new Result("warm-up"), new Result("warm-up")));
		List<String> warmed = new ArrayList<>(ids);
		if (!warmed.isEmpty()) {
			run(Math.max(2, warmup / 2), concurrency, read(base, token, warmed, new Result("warm-up")));
		}
		run(Math.max(2, warmup / 2), concurrency, floor(base, token, new Result("warm-up")));
		ids.clear();
		Result api = new Result("intake API"), open311 = new Result("intake Open311");
		Cpu.measureIdle(platformPid);
		Statements statements = Statements.of(options);
		Map<String, double[]> statementsBefore = statements.snapshot();
		Cpu intakeCpu = Cpu.start(platformPid);
		run(seconds, concurrency, intake(base, token, apiKey, n, ids, api, open311));
		Result intake = Result.merge("intake (both)", api, open311);
		double clientPerIntake = intakeCpu.clientPerRequest(intake.ok.get() + intake.failed.get());
		String clientThreads = intakeCpu.clientByThreads(intake.ok.get() + intake.failed.get());
		// the asynchronous listeners (outbox) may still be working off the intake: their cost is part of intake's
		double drained = intakeCpu.awaitIdle();
		String intakeCost = intakeCpu.perRequest(intake.ok.get(), drained);
		String intakeThreads = intakeCpu.byThreads(intake.ok.get());
		String statementsPerIntake = statements.perRequest(statementsBefore, statements.snapshot(), intake.ok.get());
		int shortRun = Math.max(5, seconds / 3);
		Result read = new Result("read order");
		Cpu readCpu = Cpu.start(platformPid);
		if (!ids.isEmpty()) {
			run(shortRun, concurrency, read(base, token, new ArrayList<>(ids), read));
		}
		String readCost = readCpu.perRequest(read.ok.get() + read.failed.get(), readCpu.awaitIdle());
		// the stack's floor: an authenticated API answer without a database (the caller, from the cached token)
		Result floor = new Result("floor GET /me");
		Cpu floorCpu = Cpu.start(platformPid);
		run(shortRun, concurrency, floor(base, token, floor));
		String floorCost = floorCpu.perRequest(floor.ok.get() + floor.failed.get(), floorCpu.awaitIdle());
		System.out.printf("concurrency %d, %d s%n", concurrency, seconds);
		for (Result r : List.of(api, open311, intake)) {
			r.print(seconds);
		}
		read.print(shortRun);
		floor.print(shortRun);
		if (intakeCost != null) {
			System.out.println("CPU per intake  " + intakeCost);
			if (intakeThreads != null) {
				System.out.println("  of the platform's, by thread: " + intakeThreads);
			}
			System.out.printf("  and this load client's own, on the same cores: %.2f ms per intake (%s)%n", clientPerIntake,
					clientThreads);
			System.out.println("CPU per read    " + readCost);
			System.out.println("CPU per floor   " + floorCost);
			System.out.printf("intake costs %.1f floors, a read %.1f (CPU, platform and PostgreSQL)%n",
					Cpu.total(intakeCost) / Cpu.total(floorCost), Cpu.total(readCost) / Cpu.total(floorCost));
		}
		if (statementsPerIntake != null) {
			System.out.print(statementsPerIntake);
		}
		Files.createDirectories(LAST.getParent());
		double total = Cpu.total(intakeCost);
		Files.writeString(LAST, String.format(Locale.ROOT, "rate=%f%nseconds=%d%nintakeP99=%f%nreadP99=%f%ncapacity=%f%n",
				intake.ok.get() / (double) seconds, seconds, intake.p(99), read.p(99),
				Double.isNaN(total) ? Double.NaN : Runtime.getRuntime().availableProcessors() * 1000 / total));
	}

	/** Only the floor ({@code GET /api/v1/me}), after a warm-up of a third of the time: what the stack alone costs. */
	static void floorOnly(String base, int seconds, int concurrency, long platformPid) throws Exception {
		String token = field(send(base, "POST", "/api/v1/auth/token", basic("operator1"), null, null).body(), "token");
		run(Math.max(3, seconds / 3), concurrency, floor(base, token, new Result("warm-up")));
		Cpu.measureIdle(platformPid);
		Result floor = new Result("floor GET /me");
		Cpu cpu = Cpu.start(platformPid);
		run(seconds, concurrency, floor(base, token, floor));
		long requests = floor.ok.get() + floor.failed.get();
		double client = cpu.clientPerRequest(requests);
		String clientThreads = cpu.clientByThreads(requests);
		String cost = cpu.perRequest(requests, cpu.awaitIdle());
		System.out.printf("concurrency %d, %d s%n", concurrency, seconds);
		floor.print(seconds);
		if (cost != null) {
			System.out.println("CPU per floor   " + cost);
			System.out.printf("  and this load client's own, on the same cores: %.3f ms per request (%s)%n", client,
					clientThreads);
		}
	}

	/** Half the workers post through the API (bearer token, idempotency key), half through Open311 (api_key). */
	static Work intake(String base, String token, String apiKey, AtomicLong n, ConcurrentLinkedQueue<String> ids,
			Result api, Result open311) {
		return worker -> {
			long i = n.incrementAndGet();
			if (worker % 2 == 0) {
				String body = "{\"channel\":\"APP\",\"content\":\"" + Texts.request(i) + "\","
						+ "\"citizenName\":\"测试\",\"citizenPhone\":\"" + Texts.phone(i) + "\","
						+ "\"regionCode\":\"" + Texts.community(i) + "\"}";
				long t = System.nanoTime();
				var r = send(base, "POST", "/api/v1/work-orders", "Bearer " + token, "application/json", body,
						"Idempotency-Key", UUID.randomUUID().toString());
				api.add(System.nanoTime() - t, r.statusCode() == 201);
				if (r.statusCode() != 201 && api.failed.get() == 1) {
					System.err.println("The API answered " + r.statusCode() + ": " + r.body());
				}
				// (the count of this phase's answers bounds the ids kept: the queue's size() walks all of it)
				if (r.statusCode() == 201 && api.ok.get() <= 100_000) {
					ids.add(field(r.body(), "id"));
				}
			}
			else {
				String body = "api_key=" + enc(apiKey) + "&service_code=CG-0101&" + Texts.point(i) + "&"
						+ enc("attribute[DAMAGE]") + "=MISSING"
						+ "&description=" + enc(Texts.request(i)) + "&phone=" + Texts.phone(i);
				long t = System.nanoTime();
				var r = send(base, "POST", "/open311/v2/requests.json", null, "application/x-www-form-urlencoded", body);
				boolean ok = r.statusCode() == 200 || r.statusCode() == 201;
				open311.add(System.nanoTime() - t, ok);
				if (!ok && open311.failed.get() == 1) {
					System.err.println("Open311 answered " + r.statusCode() + ": " + r.body());
				}
			}
		};
	}

	/** Reads of random orders among those taken in. */
	static Work read(String base, String token, List<String> readable, Result read) {
		return worker -> {
			String id = readable.get((int) (Math.random() * readable.size()));
			long t = System.nanoTime();
			var r = send(base, "GET", "/api/v1/work-orders/" + id, "Bearer " + token, null, null);
			read.add(System.nanoTime() - t, r.statusCode() == 200);
		};
	}

	/** {@code GET /api/v1/me}: Tomcat, the filters, authentication by token, MVC and JSON, and no database. */
	static Work floor(String base, String token, Result floor) {
		return worker -> {
			long t = System.nanoTime();
			var r = send(base, "GET", "/api/v1/me", "Bearer " + token, null, null);
			floor.add(System.nanoTime() - t, r.statusCode() == 200);
		};
	}

	/** An answer: its status and its body (UTF-8). */
	record Response(int statusCode, String body) {
	}

	/** Each worker thread's own keep-alive connection. */
	static final ThreadLocal<Http> CONNECTION = new ThreadLocal<>();

	static Response send(String base, String method, String path, String auth, String type, String body,
			String... headers) throws IOException {
		Http http = CONNECTION.get();
		if (http == null || !http.base.equals(base)) {
			http = new Http(base);
			CONNECTION.set(http);
		}
		return http.send(method, path, auth, type, body, headers);
	}

	/**
	 * A minimal HTTP/1.1 client on one kept-alive socket, for one thread: what a load generator such as wrk does, at a
	 * fraction of the JDK's {@code HttpClient}'s CPU per request (its selector thread, futures and body handlers cost
	 * about a third of a millisecond per intake, taken from the 2 cores the platform and PostgreSQL share). It
	 * reconnects when the server closes (Tomcat closes a connection after 100 requests) and reads bodies by
	 * {@code Content-Length}, chunked or to the end.
	 */
	static final class Http {
		final String base;
		final String host;
		final int port;
		private Socket socket;
		private InputStream in;
		private OutputStream out;
		/** What was read from the socket and not yet used: {@code buffer[position..limit)}. */
		private final byte[] buffer = new byte[16 * 1024];
		private int position, limit;

		Http(String base) {
			URI uri = URI.create(base);
			this.base = base;
			this.host = uri.getHost();
			this.port = uri.getPort() < 0 ? 80 : uri.getPort();
		}

		Response send(String method, String path, String auth, String type, String body, String... headers)
				throws IOException {
			byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
				.append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
				.append("\r\nAccept: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
			if (auth != null) {
				head.append("Authorization: ").append(auth).append("\r\n");
			}
			if (type != null) {
				head.append("Content-Type: ").append(type).append("; charset=UTF-8\r\n");
			}
			for (int i = 0; i + 1 < headers.length; i += 2) {
				head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
			}
			byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
			boolean reused = socket != null;
			try {
				return exchange(request, payload);
			}
			catch (IOException e) {
				close();
				if (!reused || !(e instanceof EOFException)) {
					throw e;
				}
				// the server closed the idle connection before it read this request: once more on a new one
				return exchange(request, payload);
			}
		}

		private Response exchange(byte[] request, byte[] payload) throws IOException {
			if (socket == null) {
				socket = new Socket(host, port);
				socket.setTcpNoDelay(true);
				socket.setSoTimeout(30_000);
				in = socket.getInputStream();
				out = socket.getOutputStream();
				position = limit = 0;
			}
			byte[] all = new byte[request.length + payload.length];
			System.arraycopy(request, 0, all, 0, request.length);
			System.arraycopy(payload, 0, all, request.length, payload.length);
			out.write(all);
			out.flush();
			String status = readLine();
			if (status == null) {
				throw new EOFException("closed before an answer");
			}
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false, closing = false;
			for (String h = readLine(); h != null && !h.isEmpty(); h = readLine()) {
				int colon = h.indexOf(':');
				String name = h.substring(0, colon).trim(), value = h.substring(colon + 1).trim();
				if (name.equalsIgnoreCase("Content-Length")) {
					length = Long.parseLong(value);
				}
				else if (name.equalsIgnoreCase("Transfer-Encoding")) {
					chunked = value.equalsIgnoreCase("chunked");
				}
				else if (name.equalsIgnoreCase("Connection")) {
					closing = value.equalsIgnoreCase("close");
				}
			}
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			if (chunked) {
				for (int size; (size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) > 0;) {
					read(bytes, size);
					readLine();
				}
				for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
					// trailers are not used
				}
			}
			else if (length >= 0) {
				read(bytes, length);
			}
			else {
				read(bytes, Long.MAX_VALUE);
				closing = true;
			}
			if (closing) {
				close();
			}
			return new Response(code, bytes.toString(StandardCharsets.UTF_8));
		}

		/** A header line (ASCII) without its CRLF, or null at the end of the stream. */
		private String readLine() throws IOException {
			StringBuilder line = null;
			while (true) {
				for (int i = position; i < limit; i++) {
					if (buffer[i] == '\n') {
						int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
						String part = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
						position = i + 1;
						return line == null ? part : line.append(part).toString();
					}
				}
				if (position < limit) {
					(line == null ? line = new StringBuilder() : line)
						.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
				}
				if (!fill()) {
					return line == null ? null : line.toString();
				}
			}
		}

		/** Up to {@code length} bytes of body (all to the end of the stream for {@code Long.MAX_VALUE}). */
		private void read(java.io.ByteArrayOutputStream to, long length) throws IOException {
			while (length > 0) {
				if (position == limit && !fill()) {
					if (length == Long.MAX_VALUE) {
						return;
					}
					throw new EOFException("closed in a body");
				}
				int n = (int) Math.min(length, limit - position);
				to.write(buffer, position, n);
				position += n;
				length -= n;
			}
		}

		/** Reads more from the socket into the empty buffer; false at its end. */
		private boolean fill() throws IOException {
			int n = in.read(buffer, 0, buffer.length);
			position = 0;
			limit = Math.max(0, n);
			return n > 0;
		}

		void close() {
			try {
				if (socket != null) {
					socket.close();
				}
			}
			catch (IOException ignored) {
				// closing anyway
			}
			socket = null;
		}
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static final Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

	static String field(String json, String name) {
		Matcher m = FIELDS.computeIfAbsent(name, n -> Pattern.compile("\"" + n + "\"\\s*:\\s*\"([^\"]*)\""))
			.matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return m.group(1);
	}

	// ---- JDBC baseline ----

	static void jdbc(String url, String user, String password, int seconds, int concurrency) throws Exception {
		List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
		ThreadLocal<Connection> own = ThreadLocal.withInitial(() -> {
			try {
				Connection c = DriverManager.getConnection(url, user, password);
				c.setAutoCommit(false);
				connections.add(c);
				return c;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		AtomicLong n = new AtomicLong();
		String run = UUID.randomUUID().toString().substring(0, 8);
		Result result = new Result("plain JDBC, 4 rows");
		Cpu cpu = Cpu.start(ProcessHandle.current().pid());
		run(seconds, concurrency, worker -> {
			Connection c = own.get();
			long i = n.incrementAndGet();
			long t = System.nanoTime();
			String id = UUID.randomUUID().toString();
			Timestamp now = Timestamp.from(Instant.now());
			try (var order = c.prepareStatement("INSERT INTO wo_order (id, number, status, channel, nature, title, "
					+ "content, citizen_name, citizen_phone, region_code, urgency, confidential, sign_overdue, warned, "
					+ "overdue, revisit_attempts, unreachable, reopen_count, return_count, created_at, updated_at, version) "
					+ "VALUES (?, ?, 'RECEIVED', 'APP', 'COMPLAINT', ?, ?, '测试', '13800000000', '371002003000', 'NORMAL', "
					+ "FALSE, FALSE, FALSE, FALSE, 0, FALSE, 0, 0, ?, ?, 0)");
					var timeline = c.prepareStatement("INSERT INTO wo_timeline (order_id, at, actor, actor_role, action, "
							+ "to_status) VALUES (?, ?, 'operator1', 'OPERATOR', 'RECEIVE', 'RECEIVED')");
					var outbox = c.prepareStatement("INSERT INTO event_publication (id, listener_id, event_type, "
							+ "serialized_event, publication_date) VALUES (?, ?, ?, ?, ?)");
					var idem = c.prepareStatement("INSERT INTO sh_idempotency (scope, idem_key, request_hash, state, "
							+ "owner_token, lease_until, created_at, status_code, content_type, body) VALUES (?, ?, ?, "
							+ "'COMPLETED', ?, ?, ?, 201, 'application/json', ?)")) {
				order.setString(1, id);
				order.setString(2, "B" + run + i);
				order.setString(3, "海滨路路灯不亮");
				order.setString(4, Texts.request(i));
				order.setTimestamp(5, now);
				order.setTimestamp(6, now);
				order.executeUpdate();
				timeline.setString(1, id);
				timeline.setTimestamp(2, now);
				timeline.executeUpdate();
				outbox.setObject(1, UUID.randomUUID());
				outbox.setString(2, "bench.listener");
				outbox.setString(3, "bench.Received");
				outbox.setString(4, "{\"orderId\":\"" + id + "\"}");
				outbox.setTimestamp(5, now);
				outbox.executeUpdate();
				idem.setString(1, "user:bench");
				idem.setString(2, id);
				idem.setString(3, "0".repeat(64));
				idem.setString(4, id);
				idem.setTimestamp(5, now);
				idem.setTimestamp(6, now);
				idem.setString(7, "{\"id\":\"" + id + "\"}");
				idem.executeUpdate();
				c.commit();
				result.add(System.nanoTime() - t, true);
			}
			catch (Exception e) {
				c.rollback();
				result.add(System.nanoTime() - t, false);
				if (result.failed.get() == 1) {
					e.printStackTrace();
				}
			}
		});
		String cost = cpu.perRequest(result.ok.get(), 0); // before the connections close and their backends end
		try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
			// the baseline's outbox rows would otherwise wait for a listener that does not exist
			st.executeUpdate("DELETE FROM event_publication WHERE listener_id = 'bench.listener'");
		}
		for (Connection c : connections) {
			c.close();
		}
		System.out.printf("concurrency %d, %d s%n", concurrency, seconds);
		result.print(seconds);
		if (cost != null) {
			System.out.println("CPU per request " + cost.replace("platform", "client (JDBC)"));
		}
		if (Files.exists(LAST)) {
			Properties last = new Properties();
			try (var in = Files.newBufferedReader(LAST)) {
				last.load(in);
			}
			double http = Double.parseDouble(last.getProperty("rate", "NaN"));
			double base = result.ok.get() / (double) seconds;
			System.out.printf("ratio: platform intake %.0f/s = %.1f %% of the plain-JDBC baseline %.0f/s%n", http,
					100 * http / base, base);
			if (url.startsWith("jdbc:postgresql:")) {
				targets(last, 100 * http / base);
			}
		}
	}

	/**
	 * The last run against issue 7's targets (on 2 cores with PostgreSQL on the same machine; none on H2). The
	 * sustained rate is the lower of the rate answered and the rate the CPU per intake allows, the asynchronous
	 * work included (answered faster than the listeners keep up is not sustained).
	 */
	static void targets(Properties last, double ratio) {
		double rate = Double.parseDouble(last.getProperty("rate", "NaN"));
		double capacity = Double.parseDouble(last.getProperty("capacity", "NaN"));
		double intakeP99 = Double.parseDouble(last.getProperty("intakeP99", "NaN"));
		double readP99 = Double.parseDouble(last.getProperty("readP99", "NaN"));
		int seconds = Integer.parseInt(last.getProperty("seconds", "0"));
		double sustained = Double.isNaN(capacity) ? rate : Math.min(rate, capacity);
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf("targets of issue 7 (2 cores, PostgreSQL on the same machine; this machine: %d cores)%n", cores);
		System.out.printf("  intake >= 1,000/s sustained for 60 s  %-58s %s%n", String.format(Locale.ROOT,
				"%.0f/s answered, ~%.0f/s by CPU per intake%s", rate, capacity,
				seconds < 60 ? " (a " + seconds + "-s run)" : ""), sustained >= 1000 && seconds >= 60 ? "met" : "not met");
		System.out.printf("  intake p99 < 100 ms                   %-58s %s%n",
				String.format(Locale.ROOT, "%.1f ms at %.0f/s", intakeP99, rate),
				intakeP99 >= 100 ? "not met" : rate >= 1000 ? "met" : "met at the rate reached, not at 1,000/s");
		System.out.printf("  read an order p99 < 20 ms             %-58s %s%n",
				String.format(Locale.ROOT, "%.1f ms", readP99), readP99 < 20 ? "met" : "not met");
		System.out.printf("  >= 50 %% of the plain-JDBC baseline    %-58s %s%n",
				String.format(Locale.ROOT, "%.1f %%", ratio), ratio >= 50 ? "met" : "not met");
	}

	// ---- common ----

	/**
	 * Varied request texts, callers and places, as a day's calls are: the same text and number a hundred thousand
	 * times would measure a storm of duplicates (every order similar to every other), not intake.
	 */
	static final class Texts {
		static final String[] PLACES = { "海滨北路", "古寨东路", "文化西路", "统一路", "青岛北路", "新威路", "世昌大道",
				"昆明路", "戚家庄", "孙家疃", "竹岛", "望岛", "皇冠", "张村", "田村", "鲸园", "环翠楼", "华夏路", "沈阳路",
				"花园北路", "塔山", "九龙湾", "金线顶", "海源公园", "羊亭", "初村", "崮山", "桥头", "温泉", "泊于" };
		static final String[] PROBLEMS = { "路灯不亮，夜间行人不便", "井盖缺失，存在安全隐患", "垃圾堆放多日无人清运",
				"噪音扰民，晚上十点后仍在施工", "自来水停水没有提前通知", "小区暖气不热，室温只有十四度", "占道经营严重影响通行",
				"下水道堵塞污水外溢", "道路坑洼积水，车辆难行", "共享单车乱停放堵塞盲道", "油烟直排影响居民生活", "树木倒伏压住电线",
				"公交车站牌损坏", "楼道照明损坏多日", "违章建筑占用绿地", "流浪犬伤人隐患", "商户拒不退还预付卡余额",
				"物业乱收停车费", "燃气管道有异味", "红绿灯故障路口拥堵" };
		static final String[] DETAILS = { "请尽快处理", "已经反映多次", "希望相关部门核实", "附近有学校，请重视", "老人出行不便",
				"持续一周了", "周末尤其严重", "请给予答复" };
		static final String[] COMMUNITIES = { "371002001001", "371002002001", "371002003006", "371002011015",
				"371002012006", "371002100001", "371002101003", "371002102001", "371002109001", "371003001006",
				"371003002001", "371003003001" };

		static String request(long i) {
			int h = (int) ((i * 2654435761L) >>> 8);
			return PLACES[Math.floorMod(h, PLACES.length)] + (1 + Math.floorMod(h >> 5, 200)) + "号附近"
					+ PROBLEMS[Math.floorMod(h >> 9, PROBLEMS.length)] + "，" + DETAILS[Math.floorMod(h >> 14, DETAILS.length)]
					+ "（" + i + "）";
		}

		static String phone(long i) {
			return "13" + (5 + Math.floorMod(i, 5)) + String.format("%08d", Math.floorMod(i * 7919, 100_000_000L));
		}

		/** The communities to spread the requests over (the city's, when the platform lists them). */
		static String[] communities = COMMUNITIES;

		static String community(long i) {
			return communities[(int) Math.floorMod(i * 40503L, communities.length)];
		}

		/**
		 * A point in the city, WGS-84: 37.30-37.45 N, 121.95-122.15 E, all on land (Huancui's and the zones' south,
		 * Wendeng's north). The box before 2026-11-29 (37.40-37.55 N, 122.00-122.20 E) reached into the sea, where
		 * intake now refuses points; this one has the same area, so the orders lie as dense as before.
		 */
		static String point(long i) {
			long h = i * 2654435761L;
			double lat = 37.30 + Math.floorMod(h, 1500) / 10000.0;
			double lon = 121.95 + Math.floorMod(h >> 11, 2000) / 10000.0;
			return String.format(java.util.Locale.ROOT, "lat=%.5f&long=%.5f", lat, lon);
		}
	}

	/**
	 * CPU time (user + system, from /proc) of the platform process and of the PostgreSQL server (the postmaster given
	 * by {@code --db-pid} and all its children, alive at the time of reading), so that
	 * the cost of a request can be read off even on a machine busy with other work, where latency and throughput
	 * say more about the neighbours than about us. Linux only; without /proc it reports nothing.
	 */
	/**
	 * The statements PostgreSQL ran per request, from {@code pg_stat_statements} (where the server preloads it and the
	 * database has the extension): unlike throughput and CPU, these do not move with the machine's speed, so two
	 * versions compare in one run each. Includes what the platform runs in the background meanwhile (the deadline
	 * poll, the index's catch-up), a few statements a second.
	 */
	static final class Statements {

		private final String url, user, password;

		private boolean told;

		private Statements(String url, String user, String password) {
			this.url = url;
			this.user = user;
			this.password = password;
		}

		/** From {@code --db-url}, {@code --db-user}, {@code --db-password}; none (no output) without a PostgreSQL URL. */
		static Statements of(Map<String, String> options) {
			String url = options.get("db-url");
			return new Statements(url != null && url.startsWith("jdbc:postgresql:") ? url : null,
					options.getOrDefault("db-user", ""), options.getOrDefault("db-password", ""));
		}

		/**
		 * Calls, execution and planning time (ms) by statement text, in this database; empty where not available.
		 * Planning is counted only where the server has {@code pg_stat_statements.track_planning = on}.
		 */
		Map<String, double[]> snapshot() {
			Map<String, double[]> out = new HashMap<>();
			if (url == null) {
				return out;
			}
			try (Connection c = DriverManager.getConnection(url, user, password);
					var rs = c.createStatement().executeQuery("SELECT s.query, s.calls, s.total_exec_time, s.total_plan_time "
							+ "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
							+ "WHERE d.datname = current_database()")) {
				while (rs.next()) {
					out.merge(rs.getString(1).replaceAll("\\s+", " "),
							new double[] { rs.getLong(2), rs.getDouble(3), rs.getDouble(4) },
							(a, b) -> new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] });
				}
			}
			catch (Exception ex) {
				String why = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
				if (!told) {
					told = true;
					System.err.println("statements per request: not counted (" + why + "); the server needs "
							+ "shared_preload_libraries = 'pg_stat_statements' and the database "
							+ "CREATE EXTENSION pg_stat_statements");
				}
				out.put("", new double[] { -1, 0, 0 });
			}
			return out;
		}

		/** The statements per request between two snapshots, the most frequent first; null without counts. */
		String perRequest(Map<String, double[]> before, Map<String, double[]> after, long requests) {
			if (url == null || requests == 0 || before.containsKey("") || after.containsKey("")) {
				return null;
			}
			Map<String, double[]> delta = new HashMap<>();
			after.forEach((q, a) -> {
				double[] b = before.getOrDefault(q, new double[3]);
				if (a[0] > b[0]) {
					// statements differing only in the length of an IN list count as one
					delta.merge(q.replaceAll("\\$\\d+(, \\$\\d+)*", "\\$…"),
							new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] },
							(x, y) -> new double[] { x[0] + y[0], x[1] + y[1], x[2] + y[2] });
				}
			});
			delta.keySet().removeIf(q -> q.contains("pg_stat_statements"));
			double calls = delta.values().stream().mapToDouble(d -> d[0]).sum() / requests;
			double millis = delta.values().stream().mapToDouble(d -> d[1]).sum() / requests;
			double planning = delta.values().stream().mapToDouble(d -> d[2]).sum() / requests;
			double begins = delta.entrySet().stream().filter(e -> e.getKey().startsWith("BEGIN"))
				.mapToDouble(e -> e.getValue()[0]).sum() / requests;
			StringBuilder out = new StringBuilder(String.format(
					"statements per intake %.2f (of which BEGIN %.2f), PostgreSQL execution %.0f µs, %s (pg_stat_statements)%n",
					calls, begins, millis * 1000, planning > 0 ? String.format("planning %.0f µs", planning * 1000)
							: "planning not counted (track_planning off)"));
			delta.entrySet().stream()
				.sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]))
				.limit(16)
				.forEach(e -> out.append(String.format("  %6.2f  %6.0f µs  %s%n", e.getValue()[0] / requests,
						e.getValue()[1] * 1000 / requests, e.getKey().length() > 90 ? e.getKey().substring(0, 90) + "…"
								: e.getKey())));
			return out.toString();
		}
	}

	static final class Cpu {
		static final double TICK_MS = 10; // USER_HZ is 100 on Linux
		static long databasePid;
		/** The platform's own background work (pollers, schedules) per second, subtracted from the figures. */
		static double idlePerSecond;
		final long pid;
		final long platformStart;
		final long databaseStart;
		final long clientStart = ticks(ProcessHandle.current().pid());
		final Map<String, Long> clientThreadsStart = threads(ProcessHandle.current().pid());
		final long workersStart = WORKERS_CPU_NANOS.sum();
		final long started = System.nanoTime();

		/** The platform's threads' ticks at the start, by thread id. */
		final Map<String, Long> threadsStart;

		private Cpu(long pid) {
			this.pid = pid;
			this.platformStart = ticks(pid);
			this.databaseStart = postgresTicks();
			this.threadsStart = threads(pid);
		}

		/** Each live thread's ticks (user + system) by id, with its name: "name\u0000id". */
		static Map<String, Long> threads(long pid) {
			Map<String, Long> out = new HashMap<>();
			try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
				for (Path task : (Iterable<Path>) tasks::iterator) {
					try {
						String stat = Files.readString(task.resolve("stat"));
						String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
						String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						out.put(name + "\u0000" + task.getFileName(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
					}
					catch (Exception gone) {
						// the thread ended while we looked
					}
				}
			}
			catch (Exception e) {
				return Map.of();
			}
			return out;
		}

		/**
		 * The platform's CPU milliseconds per request since the start by kind of thread (threads that ended meanwhile
		 * are not counted; the idle background is not subtracted): within one run, where the cost goes, whatever
		 * the machine's speed at that moment.
		 */
		String byThreads(long requests) {
			Map<String, Long> now = threads(pid);
			if (now.isEmpty() || requests == 0) {
				return null;
			}
			Map<String, Double> kinds = new java.util.LinkedHashMap<>();
			for (String kind : List.of("requests", "listeners", "JIT", "GC", "other")) {
				kinds.put(kind, 0.0);
			}
			now.forEach((thread, ticks) -> {
				String name = thread.substring(0, thread.indexOf('\u0000'));
				String kind = name.startsWith("http-nio") ? "requests"
						: name.startsWith("task-") ? "listeners" : jvmKind(name);
				kinds.merge(kind, (ticks - threadsStart.getOrDefault(thread, 0L)) * TICK_MS / requests, Double::sum);
			});
			StringBuilder out = new StringBuilder();
			kinds.forEach((kind, ms) -> out.append(out.length() == 0 ? "" : ", ").append(kind)
				.append(String.format(" %.2f ms", ms)));
			return out.toString();
		}

		/** A JVM thread's kind by its name: the JIT's compiler threads, the garbage collector's, or other. */
		static String jvmKind(String name) {
			return name.contains("CompilerThre") ? "JIT"
					: name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : "other";
		}

		/**
		 * This load client's own CPU milliseconds per request since the start, by kind of thread: its workers (counted
		 * as they end, with the phase), its JIT and GC, and the rest.
		 */
		String clientByThreads(long requests) {
			long pid = ProcessHandle.current().pid();
			Map<String, Long> now = threads(pid);
			if (now.isEmpty() || requests == 0) {
				return null;
			}
			double workers = (WORKERS_CPU_NANOS.sum() - workersStart) / 1e6 / requests;
			double jit = 0, gc = 0;
			for (var e : now.entrySet()) {
				String name = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
				double ms = (e.getValue() - clientThreadsStart.getOrDefault(e.getKey(), 0L)) * TICK_MS / requests;
				switch (jvmKind(name)) {
					case "JIT" -> jit += ms;
					case "GC" -> gc += ms;
					default -> {
						// the workers (counted as they end) and the rest
					}
				}
			}
			double other = (ticks(pid) - clientStart) * TICK_MS / requests - workers - jit - gc;
			return String.format("workers %.2f ms, JIT %.2f ms, GC %.2f ms, other %.2f ms", workers, jit, gc,
					Math.max(0, other));
		}

		static Cpu start(long pid) {
			return new Cpu(pid);
		}

		/** After the warm-up has been worked off (or 60 s), the background rate over five seconds. */
		static void measureIdle(long pid) throws InterruptedException {
			long last = ticks(pid);
			for (int i = 0, quiet = 0; i < 60 && quiet < 2 && last >= 0; i++) {
				Thread.sleep(1000);
				long now = ticks(pid);
				quiet = now - last <= 10 ? quiet + 1 : 0;
				last = now;
			}
			long before = ticks(pid);
			Thread.sleep(5000);
			idlePerSecond = before < 0 ? 0 : (ticks(pid) - before) / 5.0;
		}

		/**
		 * Waits until the platform is back to its idle rate (plus 5 % of a core, for two seconds in a row; at most
		 * 120 s); the seconds waited.
		 */
		double awaitIdle() throws InterruptedException {
			long begin = System.nanoTime();
			if (pid <= 0 || ticks(pid) < 0) {
				return 0;
			}
			long last = ticks(pid);
			int quiet = 0;
			for (int i = 0; i < 120 && quiet < 2; i++) {
				Thread.sleep(1000);
				long now = ticks(pid);
				quiet = now - last <= idlePerSecond + 5 ? quiet + 1 : 0;
				last = now;
			}
			return (System.nanoTime() - begin) / 1e9 - 2;
		}

		/** The CPU milliseconds per request since the start, or null where /proc cannot tell. */
		String perRequest(long requests, double drainedSeconds) {
			long platform = ticks(pid);
			if (platform < 0 || requests == 0) {
				return null;
			}
			double elapsed = (System.nanoTime() - started) / 1e9;
			double p = Math.max(0, platform - platformStart - idlePerSecond * elapsed) * TICK_MS / requests;
			double d = (postgresTicks() - databaseStart) * TICK_MS / requests;
			int cores = Runtime.getRuntime().availableProcessors();
			// without a server process (the embedded H2 runs in the platform's or the baseline client's), none shown
			String parts = databasePid > 0 ? String.format("platform %.2f ms + PostgreSQL %.2f ms", p, d)
					: String.format("platform %.2f ms (no database server process counted)", p);
			return String.format("%s = %.2f ms (incl. %.0f s of asynchronous work-off; idle background %.1f%% of a "
					+ "core subtracted): at most ~%.0f/s on %d cores if nothing else ran", parts, p + d,
					Math.max(0, drainedSeconds), idlePerSecond, cores * 1000 / (p + d), cores);
		}

		/**
		 * This load client's own CPU milliseconds per request since the start (its workers, its HTTP client, its JIT
		 * and GC): on the same cores as the platform, it is CPU the platform could not use.
		 */
		double clientPerRequest(long requests) {
			long now = ticks(ProcessHandle.current().pid());
			return now < 0 || clientStart < 0 || requests == 0 ? Double.NaN
					: (now - clientStart) * TICK_MS / requests;
		}

		/** The total of a {@link #perRequest} figure ("... = 12.34 ms ..."), for ratios. */
		static double total(String figure) {
			Matcher m = Pattern.compile("= ([0-9.]+) ms").matcher(figure == null ? "" : figure);
			return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
		}

		static long ticks(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// fields 14 and 15 of stat (utime, stime), counted after the command name
				return Long.parseLong(f[11]) + Long.parseLong(f[12]);
			}
			catch (Exception e) {
				return -1;
			}
		}

		/** The server's processes: the postmaster and its children (backends, writers), found through /proc. */
		static long postgresTicks() {
			if (databasePid <= 0) {
				return 0;
			}
			long sum = Math.max(0, ticks(databasePid));
			try (var dirs = Files.list(Path.of("/proc"))) {
				for (Path dir : (Iterable<Path>) dirs::iterator) {
					String name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					try {
						String stat = Files.readString(dir.resolve("stat"));
						String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						if (Long.parseLong(f[1]) == databasePid) {
							sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
						}
					}
					catch (Exception gone) {
						// the process ended while we looked
					}
				}
			}
			catch (Exception e) {
				return 0;
			}
			return sum;
		}
	}

	interface Work {
		void run(int worker) throws Exception;
	}

	/** The CPU time of the worker threads that have ended (they end with each phase). */
	static final java.util.concurrent.atomic.LongAdder WORKERS_CPU_NANOS = new java.util.concurrent.atomic.LongAdder();

	static void run(int seconds, int concurrency, Work work) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			int worker = w;
			Thread t = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						work.run(worker);
					}
					catch (Exception e) {
						System.err.println("worker " + worker + ": " + e);
					}
				}
				Http http = CONNECTION.get();
				if (http != null) {
					http.close();
				}
				WORKERS_CPU_NANOS.add(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
			}, "worker-" + w);
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
	}

	static final class Result {
		final String name;
		final AtomicLong ok = new AtomicLong();
		final AtomicLong failed = new AtomicLong();
		final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		Result(String name) {
			this.name = name;
		}

		void add(long nanos, boolean success) {
			(success ? ok : failed).incrementAndGet();
			this.nanos.add(nanos);
		}

		static Result merge(String name, Result... parts) {
			Result r = new Result(name);
			for (Result p : parts) {
				r.ok.addAndGet(p.ok.get());
				r.failed.addAndGet(p.failed.get());
				r.nanos.addAll(p.nanos);
			}
			return r;
		}

		void print(int seconds) {
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			System.out.printf("%-20s %8.1f/s ok, %d failed; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n", name,
					ok.get() / (double) seconds, failed.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
		}

		double p(int percentile) {
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			return pct(sorted, percentile);
		}

		static double pct(List<Long> sorted, int p) {
			return sorted.isEmpty() ? Double.NaN
					: sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> o = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return o;
	}
}
