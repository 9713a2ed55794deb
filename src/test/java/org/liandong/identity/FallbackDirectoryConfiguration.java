package org.liandong.identity;

import org.liandong.directory.Directory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers a {@link FakeDirectory} only when the application has no {@link Directory} of its own (the directory
 * module is built in parallel): decided after every configuration class is parsed, so the real one always wins.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FallbackDirectoryConfiguration {

	@Bean
	static BeanDefinitionRegistryPostProcessor registerFakeDirectoryWhenNoneExists() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				if (registry instanceof ListableBeanFactory beans
						&& beans.getBeanNamesForType(Directory.class, true, false).length == 0) {
					registry.registerBeanDefinition("identityTestFakeDirectory", new RootBeanDefinition(FakeDirectory.class));
				}
			}
		};
	}
}
