package org.firststep.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every JSON body may hold, checked as it is read so that each refusal names its
 * field: text FirstStep can store ({@link StorableText}), and dates and instants within
 * the years 1 to 9999, which every database, every clock sum and every page can carry (an
 * instant in the year 999999999 passes for valid ISO 8601 but has no epoch millisecond).
 * Strings inside lists, maps and untyped documents (an import) go through the same check.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer storableJsonInput() {
		return (builder) -> builder.addModule(module());
	}

	static SimpleModule module() {
		SimpleModule module = new SimpleModule("FirstStepInput");
		module.addDeserializer(String.class, new Checked<>(String.class, StringDeserializer.instance,
				StorableText::isStorable, "validation.text.unstorable"));
		module.addDeserializer(Instant.class, new Checked<>(Instant.class, InstantDeserializer.INSTANT,
				StorableTime::isStorable, "validation.date.range"));
		module.addDeserializer(LocalDate.class, new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
				StorableTime::isStorable, "validation.date.range"));
		return module;
	}

	/** Jackson's own reading of a type, then a rule the value must keep. */
	private static final class Checked<T> extends StdScalarDeserializer<T> {

		private final ValueDeserializer<T> reader;

		private final Predicate<T> rule;

		private final String key;

		Checked(Class<T> type, ValueDeserializer<T> reader, Predicate<T> rule, String key) {
			super(type);
			this.reader = reader;
			this.rule = rule;
			this.key = key;
		}

		@Override
		public LogicalType logicalType() {
			return this.reader.logicalType();
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			T value = this.reader.deserialize(parser, context);
			if (value != null && !this.rule.test(value)) {
				throw new RefusedValueException(parser, this.key, handledType());
			}
			return value;
		}

	}

}
