package org.firststep.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The data source: PostgreSQL when {@code spring.datasource.url} is set, otherwise an
 * embedded SQLite file under the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	/**
	 * SQLite settings. WAL lets readers work while one writer commits; synchronous=FULL
	 * makes every acknowledged commit durable even across a power cut; IMMEDIATE
	 * transactions take the write lock up front, so two read-then-write transactions wait
	 * for each other instead of failing with SQLITE_BUSY. secure_delete overwrites
	 * deleted rows with zeros, so a deleted account's address does not linger in free
	 * space (see {@link Remnants} for the write-ahead log).
	 */
	static final String SQLITE_OPTIONS = "?journal_mode=WAL&synchronous=FULL&foreign_keys=true"
			+ "&busy_timeout=10000&transaction_mode=IMMEDIATE&secure_delete=true";

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties, StorageProperties storage) {
		String url = properties.getUrl();
		boolean embedded = !StringUtils.hasText(url);
		if (embedded) {
			url = "jdbc:sqlite:" + databaseFile(storage.dataDir()) + SQLITE_OPTIONS;
		}
		HikariDataSource dataSource = DataSourceBuilder.create(getClass().getClassLoader())
			.type(HikariDataSource.class)
			.url(url)
			.username(properties.getUsername())
			.password(properties.getPassword())
			.build();
		if (url.startsWith("jdbc:sqlite:")) {
			dataSource.setPoolName("sqlite");
			dataSource.setMaximumPoolSize(8);
		}
		return dataSource;
	}

	private static Path databaseFile(Path dataDir) {
		Path directory = dataDir.toAbsolutePath().normalize();
		Path database = directory.resolve("firststep.db");
		try {
			PrivateFiles.directory(directory);
			// SQLite takes an empty file for a new database, and creates its -wal and
			// -shm
			// files with the permissions of the database file.
			PrivateFiles.file(database);
			for (String suffix : List.of("-wal", "-shm", "-journal")) {
				PrivateFiles.restrictIfExists(directory.resolve("firststep.db" + suffix));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot create the data directory " + directory + " or make it readable by FirstStep's user alone",
					ex);
		}
		return database;
	}

}
