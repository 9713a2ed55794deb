package org.liandong.intake.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Demo mode (CONTRACT §2): the Open311 client {@code demo-open311-key} and the device source {@code demo-compound}. */
@Component
@ConditionalOnProperty(name = "liandong.demo.enabled", havingValue = "true", matchIfMissing = true)
class IntakeDemoData implements ApplicationRunner {

	private final Open311Clients clients;
	private final DeviceEvents devices;
	private final IntakeProperties properties;

	IntakeDemoData(Open311Clients clients, DeviceEvents devices, IntakeProperties properties) {
		this.clients = clients;
		this.devices = devices;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		clients.ensureDemoClient(properties.open311().defaultRatePerMinute());
		devices.ensureSource("demo-compound", "演示智慧小区 Demo compound", "demo-device-secret");
	}
}
