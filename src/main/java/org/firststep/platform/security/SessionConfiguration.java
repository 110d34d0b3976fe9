package org.firststep.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database, by Spring Session JDBC as Spring Boot configures it
 * ({@code spring.session.*}), so that every instance shares them.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * The application's transaction template, which Spring Session uses too (under the
	 * name it looks for) instead of one of its own that always opens a new transaction. A
	 * session read or write made while the request already has a transaction open (a POST
	 * with an Idempotency-Key runs in one, such as a password change that ends the other
	 * sessions) then joins it: on SQLite a second connection would wait for the write
	 * lock the first one holds, until it timed out.
	 */
	@Bean({ "transactionTemplate", "springSessionTransactionOperations" })
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

}
