package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one form of a citizen's phone number, and which numbers are numbers. */
class PhoneNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", value = {
			"13700009999|13700009999",
			"137-0000-9999|13700009999",
			"137 0000 9999|13700009999",
			"+86 137 0000 9999|13700009999",
			"0086-137-0000-9999|13700009999",
			"(0631) 520 1235|06315201235",
			"+86 631 5201235|06315201235",
			"+86 (0631) 5201235|06315201235",
			"（0631）5201235|06315201235",
			"0631　5201235|06315201235",
			"137‐0000‐9999|13700009999",
			"137.0000.9999|13700009999",
			"8613700009999|13700009999",
			"86 137 0000 9999|13700009999",
			"8612700009999|8612700009999",
			"+86|NULL",
			"' - '|NULL",
			"12345|12345" })
	void aNumberIsKeptInOneFormHoweverItIsWritten(String written, String kept) {
		assertThat(PhoneNumbers.normalize(written)).isEqualTo(kept);
		assertThat(PhoneNumbers.normalize(kept)).isEqualTo(kept); // and that form is its own
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"13700009999|true", "+86 137-0000-9999|true", "(0631) 520 1235|true", "010 1234 5678|true",
			"12700009999|false", "1370000999|false", "12345|false", "0631|false", "+86|false", "abc|false" })
	void mobileAndLandlineNumbersAreValid(String written, boolean valid) {
		assertThat(PhoneNumbers.isValid(written)).isEqualTo(valid);
	}
}
