package org.liandong.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.liandong.support.IntegrationTest;
import org.springframework.context.annotation.Import;

/** The full application, with a fallback directory while the real one is absent; one shared context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(FallbackDirectoryConfiguration.class)
public @interface IdentityIntegrationTest {
}
