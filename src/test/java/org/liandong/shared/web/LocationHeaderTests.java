package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Every handler that answers with a {@code Location} header ({@code ResponseEntity.created(...)}, or
 * {@code .location(...)} on a response's builder) is marked {@link SendsLocation}, so the OpenAPI document declares the
 * header; a marked method sends one. Read from the compiled classes: a new create cannot be forgotten.
 */
class LocationHeaderTests {

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.liandong");

	@Test
	void everyHandlerThatSendsALocationIsMarkedAndEveryMarkedOneSendsIt() {
		Set<String> sending = new TreeSet<>();
		Set<String> marked = new TreeSet<>();
		for (var type : PRODUCT) {
			for (JavaMethod method : type.getMethods()) {
				if (sendsLocation(method)) {
					sending.add(method.getFullName());
				}
				if (method.isAnnotatedWith(SendsLocation.class)) {
					marked.add(method.getFullName());
				}
			}
		}
		assertThat(sending).as("handlers answering with a Location").hasSizeGreaterThanOrEqualTo(10);
		assertThat(marked).isEqualTo(sending);
	}

	private static boolean sendsLocation(JavaMethod method) {
		for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
			String owner = call.getTargetOwner().getName();
			String name = call.getName();
			boolean created = owner.equals(ResponseEntity.class.getName()) && name.equals("created");
			boolean location = owner.startsWith(ResponseEntity.class.getName() + "$") && name.equals("location");
			if (created || location) {
				return true;
			}
		}
		return false;
	}
}
