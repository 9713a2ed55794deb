package org.liandong.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The platform in a child JVM started from the test classpath, so that it can be killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) like a real process losing power, and started again on the same
 * database. Its log goes to a file beside its data; the tail is shown when it fails to start.
 */
final class PlatformProcess implements AutoCloseable {

	private final Process process;
	private final Path log;
	private final int port;

	private PlatformProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts an instance with the given {@code --key=value} properties and waits until it answers its health. */
	static PlatformProcess start(Path workDir, String name, Map<String, String> properties) throws Exception {
		int port = freePort();
		Files.createDirectories(workDir);
		Path log = workDir.resolve(name + ".log");
		List<String> arguments = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-Djava.io.tmpdir=" + workDir, "org.liandong.LiandongApplication", "--server.port=" + port,
				"--spring.main.banner-mode=off"));
		properties.forEach((k, v) -> arguments.add("--" + k + "=" + v));
		ProcessBuilder builder = javaWithTestClasspath(arguments).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		PlatformProcess platform = new PlatformProcess(builder.start(), log, port);
		platform.awaitHealthy(Duration.ofSeconds(240));
		return platform;
	}

	/** A child JVM on this test's classpath, with the given JVM options, main class and arguments. */
	static ProcessBuilder javaWithTestClasspath(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		// the classpath through the environment: it is too long for some command lines
		builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
		return builder;
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	Path log() {
		return log;
	}

	/** SIGKILL: no shutdown hook, no graceful shutdown, no flushing. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(60, TimeUnit.SECONDS);
	}

	/** A graceful stop (SIGTERM), e.g. to release an embedded H2 file. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private void awaitHealthy(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("The platform exited with " + process.exitValue() + ":\n" + tail());
				}
				try {
					return http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				}
				catch (IOException e) {
					return false; // not listening yet
				}
			});
		}
		catch (ConditionTimeoutException e) {
			process.destroyForcibly();
			throw new IllegalStateException("The platform did not become healthy in " + timeout + ":\n" + tail(), e);
		}
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
