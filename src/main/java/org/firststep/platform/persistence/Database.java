package org.firststep.platform.persistence;

import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Which database FirstStep talks to. SQL is kept portable; the few places that differ ask
 * here.
 */
@Component
public class Database {

	/** The two databases FirstStep runs on. */
	public enum Vendor {

		SQLITE, POSTGRESQL

	}

	private final Vendor vendor;

	Database(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		this.vendor = product.toLowerCase().contains("postgres") ? Vendor.POSTGRESQL : Vendor.SQLITE;
	}

	public Vendor vendor() {
		return this.vendor;
	}

	public boolean isSqlite() {
		return this.vendor == Vendor.SQLITE;
	}

	/**
	 * The clause that ends a SELECT whose rows the transaction locks until it ends. Empty
	 * on SQLite, which has no row locks: there every transaction takes the write lock as
	 * it begins (IMMEDIATE), so two of them never interleave anyway.
	 */
	public String forUpdate() {
		return isSqlite() ? "" : " FOR UPDATE";
	}

	/**
	 * Like {@link #forUpdate()}, but rows another transaction holds are passed over
	 * rather than waited for: several instances claiming work each get different rows.
	 */
	public String forUpdateSkipLocked() {
		return isSqlite() ? "" : " FOR UPDATE SKIP LOCKED";
	}

}
