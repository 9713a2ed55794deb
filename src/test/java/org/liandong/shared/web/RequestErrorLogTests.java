package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;

/** What {@link RequestErrorLog} writes for a refused request: its kind and the code's names, never a value. */
class RequestErrorLogTests {

	private static final String VALUE = "王小明13912345678";

	@Test
	void aTypeMismatchNamesTheParameterNotTheValue() {
		var mismatch = new TypeMismatchException(VALUE, Integer.class, new NumberFormatException(VALUE));
		mismatch.initPropertyName("page");
		assertThat(RequestErrorLog.describe(mismatch)).contains("TypeMismatchException", "'page'").doesNotContain(VALUE);
		assertThat(RequestErrorLog.describe(new MissingServletRequestParameterException("version", "long")))
			.contains("'version'");
	}

	@Test
	void aBindingErrorNamesItsFieldsWithoutTheirValuesOrKeys() {
		var result = new BeanPropertyBindingResult(Map.of(), "form");
		result.addError(new FieldError("form", "citizenPhone", VALUE, true, null, null, "bad " + VALUE));
		result.addError(new FieldError("form", "items[" + VALUE + "]", VALUE, true, null, null, "bad"));
		result.addError(new FieldError("form", VALUE, VALUE, true, null, null, "bad"));
		String line = RequestErrorLog.describe(new BindException(result));
		assertThat(line).contains("'citizenPhone'", "'items[]'", "?").doesNotContain(VALUE, "13912345678");
	}

	@Test
	void anUnreadableBodyIsNamedByItsKindOnly() {
		var unreadable = new HttpMessageNotReadableException("Cannot parse \"" + VALUE + "\"",
				new MockHttpInputMessage(new byte[0]));
		assertThat(RequestErrorLog.describe(unreadable)).contains("HttpMessageNotReadableException")
			.doesNotContain(VALUE);
	}
}
