package org.liandong.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.ItemChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Open311 services: every enabled responsibility item that accepts public requests and is not a REPORT (举报,
 * whose reporters must stay out of public lists); {@code group} is the item's 大类. Attributes of a service
 * definition come from {@code in_service_attribute}; a service has {@code metadata=true} when it has any.
 */
@Component
class Open311Catalogue {

	private final Directory directory;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final AtomicReference<Instant> changeset;

	Open311Catalogue(Directory directory, JdbcClient jdbc, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.changeset = new AtomicReference<>(clock.instant());
	}

	/** A sortable "last changed" of the service list: clients refresh their cached lists when it moves. */
	Instant changeset() {
		return changeset.get();
	}

	@EventListener
	void itemChanged(ItemChanged event) {
		changeset.set(clock.instant());
	}

	static boolean isService(Item item) {
		return item.enabled() && item.publicService() && !"REPORT".equals(item.nature());
	}

	Optional<Item> service(String code) {
		return code == null ? Optional.empty() : directory.item(code.strip()).filter(Open311Catalogue::isService);
	}

	List<Map<String, Object>> services() {
		List<String> withAttributes = this.withAttributes;
		if (withAttributes == null) {
			withAttributes = jdbc.sql("SELECT DISTINCT service_code FROM in_service_attribute")
				.query(String.class)
				.list();
			this.withAttributes = withAttributes;
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (Item item : directory.allItems()) {
			if (!isService(item)) {
				continue;
			}
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("service_code", item.code());
			s.put("service_name", item.name());
			s.put("description", item.description() == null ? "" : item.description());
			s.put("metadata", withAttributes.contains(item.code()));
			s.put("type", "realtime");
			s.put("keywords", String.join(",", item.keywords()));
			s.put("group", item.domain());
			out.add(s);
		}
		return out;
	}

	/** One attribute of a service definition (GeoReport v2 names). */
	record Attribute(String code, String datatype, boolean variable, boolean required, String datatypeDescription,
			int order, String description, Map<String, String> values) {

		boolean isList() {
			return datatype.endsWith("valuelist");
		}
	}

	/**
	 * The attribute definitions by service: {@code in_service_attribute} is written only by migrations (which run
	 * before the platform starts), so a service's definitions are read once per process, not on every request.
	 */
	private final Map<String, List<Attribute>> attributes = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile List<String> withAttributes;

	List<Attribute> attributes(String serviceCode) {
		return attributes.computeIfAbsent(serviceCode, this::readAttributes);
	}

	private List<Attribute> readAttributes(String serviceCode) {
		return jdbc.sql("""
				SELECT code, datatype, variable, required, datatype_description, sort_order, description, value_list
				FROM in_service_attribute WHERE service_code = :c ORDER BY sort_order""")
			.param("c", serviceCode)
			.query((rs, i) -> new Attribute(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
					rs.getString(5), rs.getInt(6), rs.getString(7), values(rs.getString(8))))
			.list()
			.stream()
			.toList();
	}

	Map<String, Object> definition(Item item) {
		List<Map<String, Object>> attributes = new ArrayList<>();
		for (Attribute a : attributes(item.code())) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("variable", a.variable());
			m.put("code", a.code());
			m.put("datatype", a.datatype());
			m.put("required", a.required());
			m.put("datatype_description", a.datatypeDescription());
			m.put("order", a.order());
			m.put("description", a.description());
			if (a.isList()) {
				List<Map<String, Object>> values = new ArrayList<>();
				a.values().forEach((k, v) -> {
					Map<String, Object> value = new LinkedHashMap<>();
					value.put("key", k);
					value.put("name", v);
					values.add(value);
				});
				m.put("values", values);
			}
			attributes.add(m);
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("service_code", item.code());
		d.put("attributes", attributes);
		return d;
	}

	private static Map<String, String> values(String list) {
		Map<String, String> values = new LinkedHashMap<>();
		if (list != null && !list.isBlank()) {
			for (String pair : list.split("\\|")) {
				String[] kv = pair.split("=", 2);
				values.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : kv[0].strip());
			}
		}
		return values;
	}
}
