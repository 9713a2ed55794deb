package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/** The outbox's event serializer looks the JSON mapper up once, not per event, and writes what the mapper writes. */
class EventSerializerTests {

	record Received(String orderId, int attempt) {
	}

	/** Spring Modulith's serializer, standing in: records what it was asked to write. */
	static final class Recording implements EventSerializer {

		final List<Object> serialized = new ArrayList<>();

		@Override
		public Object serialize(Object event) {
			serialized.add(event);
			return "delegate:" + event;
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			throw new UnsupportedOperationException();
		}
	}

	static ObjectProvider<JsonMapper> counting(JsonMapper mapper, AtomicInteger lookups) {
		return new ObjectProvider<>() {
			@Override
			public JsonMapper getObject() {
				lookups.incrementAndGet();
				return mapper;
			}

			@Override
			public JsonMapper getObject(Object... args) {
				return getObject();
			}

			@Override
			public JsonMapper getIfAvailable() {
				lookups.incrementAndGet();
				return mapper;
			}

			@Override
			public JsonMapper getIfUnique() {
				return getIfAvailable();
			}
		};
	}

	@Test
	void theMapperIsLookedUpOnceAndWritesEveryEvent() {
		JsonMapper mapper = JsonMapper.builder().build();
		AtomicInteger lookups = new AtomicInteger();
		Recording modulith = new Recording();
		var serializer = new EventPublicationConfiguration.OncePerEvent(modulith, counting(mapper, lookups));

		for (int i = 0; i < 5; i++) {
			Received event = new Received("o-" + i, i);
			assertThat(serializer.serialize(event)).isEqualTo(mapper.writeValueAsString(event));
		}
		assertThat(lookups).as("looked up at the first event only").hasValue(1);
		assertThat(modulith.serialized).as("Spring Modulith's serializer not asked").isEmpty();
	}

	@Test
	void withoutAMapperBeanSpringModulithsSerializerWrites() {
		AtomicInteger lookups = new AtomicInteger();
		Recording modulith = new Recording();
		var serializer = new EventPublicationConfiguration.OncePerEvent(modulith, counting(null, lookups));

		Received first = new Received("a", 1);
		Received second = new Received("b", 2);
		assertThat(serializer.serialize(first)).isEqualTo("delegate:" + first);
		assertThat(serializer.serialize(second)).isEqualTo("delegate:" + second);
		assertThat(modulith.serialized).containsExactly(first, second);
		assertThat(lookups).as("a missing mapper is remembered too").hasValue(1);
	}
}
