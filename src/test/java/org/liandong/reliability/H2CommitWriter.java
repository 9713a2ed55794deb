package org.liandong.reliability;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * The child process of {@link EmbeddedDatabaseDurabilityReliabilityTests}: {@code threads} threads insert one row per
 * transaction into the embedded database at {@code url} until the process is killed, and write each row's key to
 * {@code acknowledged} once its commit has returned, as the platform answers a request once its transaction has
 * committed. A line written survives the kill: it is in the operating system's hands.
 */
public final class H2CommitWriter {

	private H2CommitWriter() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int threads = Integer.parseInt(args[2]);
		PrintStream acknowledged = new PrintStream(new FileOutputStream(args[1], true), true, StandardCharsets.UTF_8);
		String pad = "x".repeat(300);
		for (int t = 0; t < threads; t++) {
			Thread writer = new Thread(() -> {
				try (Connection c = DriverManager.getConnection(url, "sa", "");
						PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged (k, pad) VALUES (?, ?)")) {
					c.setAutoCommit(false);
					while (true) {
						String key = UUID.randomUUID().toString();
						insert.setString(1, key);
						insert.setString(2, pad);
						insert.executeUpdate();
						c.commit();
						synchronized (acknowledged) {
							acknowledged.println(key);
						}
					}
				}
				catch (Exception e) {
					e.printStackTrace();
				}
			});
			writer.start();
		}
		Thread.sleep(Long.MAX_VALUE);
	}
}
