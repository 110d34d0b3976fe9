package org.firststep.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;
import org.firststep.platform.persistence.Json;

/**
 * The {@code safety_plan} table, the whole plan sealed as one JSON value, and the sharing
 * switches of {@code safety_plan_share}.
 */
@Repository
class SafetyPlanRepository {

	static final SealedField STEPS = new SealedField("safety_plan", "steps");

	private static final TypeReference<Map<String, List<PlanItem>>> STEP_MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Sealer sealer;

	SafetyPlanRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	Optional<SafetyPlan> find(String accountId) {
		return this.jdbc.sql("SELECT steps_sealed, updated_at FROM safety_plan WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> plan(this.sealer.open(accountId, STEPS, accountId, row.getBytes("steps_sealed")),
					Instant.ofEpochMilli(row.getLong("updated_at"))))
			.optional();
	}

	void save(String accountId, SafetyPlan plan) {
		Map<String, List<PlanItem>> steps = new LinkedHashMap<>();
		plan.steps().forEach((step, items) -> steps.put(step.apiName(), items));
		byte[] sealed = this.sealer.seal(accountId, STEPS, accountId, Json.MAPPER.writeValueAsString(steps));
		long at = plan.updatedAt().toEpochMilli();
		int changed = this.jdbc.sql("UPDATE safety_plan SET steps_sealed = ?, updated_at = ? WHERE account_id = ?")
			.params(sealed, at, accountId)
			.update();
		if (changed == 0) {
			this.jdbc.sql("INSERT INTO safety_plan (account_id, steps_sealed, updated_at) VALUES (?, ?, ?)")
				.params(accountId, sealed, at)
				.update();
		}
	}

	void delete(String accountId) {
		this.jdbc.sql("DELETE FROM safety_plan WHERE account_id = ?").param(accountId).update();
		this.jdbc.sql("DELETE FROM safety_plan_share WHERE account_id = ?").param(accountId).update();
	}

	List<String> sharedWith(String accountId) {
		return this.jdbc.sql("SELECT person_id FROM safety_plan_share WHERE account_id = ? ORDER BY created_at")
			.param(accountId)
			.query(String.class)
			.list();
	}

	boolean isSharedWith(String accountId, String personId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM safety_plan_share WHERE account_id = ? AND person_id = ?")
			.params(accountId, personId)
			.query(Long.class)
			.single() > 0;
	}

	void replaceSharing(String accountId, List<String> personIds, long now) {
		this.jdbc.sql("DELETE FROM safety_plan_share WHERE account_id = ?").param(accountId).update();
		for (String personId : personIds) {
			this.jdbc.sql("INSERT INTO safety_plan_share (account_id, person_id, created_at) VALUES (?, ?, ?)")
				.params(accountId, personId, now)
				.update();
		}
	}

	private static SafetyPlan plan(String json, Instant updatedAt) {
		Map<String, List<PlanItem>> stored = Json.MAPPER.readValue(json, STEP_MAP);
		Map<PlanStep, List<PlanItem>> steps = new EnumMap<>(PlanStep.class);
		stored.forEach((name, items) -> PlanStep.of(name).ifPresent((step) -> steps.put(step, new ArrayList<>(items))));
		return new SafetyPlan(steps, updatedAt);
	}

}
