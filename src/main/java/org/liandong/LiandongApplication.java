package org.liandong;

import org.liandong.triage.TriageCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liandong: closed-loop citizen service and grid governance (12345 hotline, grid management, linkage command).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class LiandongApplication {

	public static void main(String[] args) {
		if (TriageCommand.handles(args)) {
			// a command-line evaluation of the classifier: no web server, no database
			System.exit(TriageCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(LiandongApplication.class, args);
	}
}
