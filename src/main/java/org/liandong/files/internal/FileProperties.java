package org.liandong.files.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** {@code liandong.files.*}: allowed content types and the largest file accepted. */
@Validated
@ConfigurationProperties("liandong.files")
record FileProperties(@NotEmpty List<String> allowedTypes, @NotNull DataSize maxSize) {
}
