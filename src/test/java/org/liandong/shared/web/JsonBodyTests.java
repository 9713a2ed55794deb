package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.json.JsonMapper;

class JsonBodyTests {

	enum Kind {
		DAILY, EMERGENCY
	}

	record Inner(Boolean offDay, List<Integer> scores) {
	}

	record Sample(@NotBlank String note, Kind kind, @Max(5) Integer score, Inner inner) {
	}

	static JsonBody body(String json) {
		return new JsonBody(json.getBytes(StandardCharsets.UTF_8), JsonBody.lenient(JsonMapper.builder().build()),
				Validation.buildDefaultValidatorFactory().getValidator());
	}

	static List<FieldError> errorsOf(Runnable read) {
		try {
			read.run();
		}
		catch (InvalidRequestException e) {
			return e.errors();
		}
		throw new AssertionError("no InvalidRequestException");
	}

	@Test
	void aValidBodyIsReadAndUnknownPropertiesAreIgnored() {
		Sample s = body("{\"note\":\"好\",\"kind\":\"DAILY\",\"score\":4,\"extra\":1,\"inner\":{\"offDay\":true}}")
			.read(Sample.class);
		assertThat(s.note()).isEqualTo("好");
		assertThat(s.kind()).isEqualTo(Kind.DAILY);
		assertThat(s.inner().offDay()).isTrue();
	}

	@Test
	void malformedJsonAndNonObjectsAreTheBodysFault() {
		assertThat(errorsOf(() -> body("{bad").read(Sample.class))).extracting(FieldError::field).containsExactly("body");
		assertThat(errorsOf(() -> body("[1,2]").read(Sample.class))).extracting(FieldError::field)
			.containsExactly("body");
		assertThat(errorsOf(() -> body("null").read(Sample.class))).extracting(FieldError::message)
			.containsExactly("The body must be a JSON object.");
	}

	@Test
	void aValueOfTheWrongKindNamesItsPathAndNoJavaType() {
		var errors = errorsOf(() -> body("{\"note\":\"x\",\"inner\":{\"offDay\":\"yes\"}}").read(Sample.class));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).field()).isEqualTo("inner.offDay");
		assertThat(errors.get(0).message()).contains("true or false").doesNotContain("java.");
		var list = errorsOf(() -> body("{\"note\":\"x\",\"inner\":{\"scores\":[1,\"many\"]}}").read(Sample.class));
		assertThat(list.get(0).field()).isEqualTo("inner.scores[1]");
		var kind = errorsOf(() -> body("{\"note\":\"x\",\"kind\":\"WEEKLY\"}").read(Sample.class));
		assertThat(kind.get(0).field()).isEqualTo("kind");
		assertThat(kind.get(0).message()).contains("DAILY").contains("EMERGENCY");
	}

	@Test
	void anEmptyBodyIsAnEmptyObjectAndBeanValidationNamesEveryField() {
		assertThat(body("  ").isEmpty()).isTrue();
		var errors = errorsOf(() -> body("").read(Sample.class));
		assertThat(errors).extracting(FieldError::field).containsExactly("note");
		var two = errorsOf(() -> body("{\"score\":9}").read(Sample.class));
		assertThat(two).extracting(FieldError::field).containsExactly("note", "score");
		assertThat(body("{\"note\":\"x\"}").read(Sample.class).note()).isEqualTo("x");
	}
}
