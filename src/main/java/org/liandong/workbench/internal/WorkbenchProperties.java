package org.liandong.workbench.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liandong.workbench.*}.
 *
 * @param verificationLimit how long a grid worker has to verify a replied order on site (natural time)
 */
@ConfigurationProperties("liandong.workbench")
public record WorkbenchProperties(@DefaultValue("PT24H") Duration verificationLimit) {
}
