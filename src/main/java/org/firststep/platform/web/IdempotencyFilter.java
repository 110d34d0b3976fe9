package org.firststep.platform.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;

import org.firststep.platform.persistence.AfterTransaction;
import org.firststep.platform.security.CurrentAccount;

/**
 * Makes a signed-in POST that carries an Idempotency-Key safe to send again: the first
 * time, the request runs in one database transaction that also keeps its answer under the
 * key, so that after a crash either both what it stored and the key's row are there or
 * neither is; the answer reaches the client only after that commit. The next time, the
 * same request gets that first answer and stores nothing; a different request with the
 * same key is refused with 422, as the IETF draft "The Idempotency-Key HTTP Header Field"
 * says. Two at once with one key: the second waits for the first and then gets its
 * answer. Keys are per account and last 24 hours.
 * <p>
 * The key is not used when the request cannot open the person's data (their browser lost
 * the key's cookie): the handler then asks them to sign in again, and nothing is kept.
 * Refusals are answered by {@link RefusedRequests} once the request's language is known.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

	static final String REFUSED = IdempotencyFilter.class.getName() + ".refused";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final StoredReplies replies;

	private final ReplySealing sealing;

	private final TransactionOperations transactions;

	IdempotencyFilter(StoredReplies replies, ReplySealing sealing, TransactionOperations transactions) {
		this.replies = replies;
		this.sealing = sealing;
		this.transactions = transactions;
	}

	/** Why a request with a key is not run. */
	enum Refusal {

		/** The key is not one to 255 printable ASCII characters. */
		MALFORMED,
		/** The body is larger than {@link RequestFingerprint#MAX_BODY}. */
		TOO_LARGE,
		/** The key was used for a different request. */
		REUSED,
		/** The key's first request has not finished (defensive: not seen in practice). */
		IN_PROGRESS

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<CurrentAccount> account = "POST".equals(request.getMethod()) ? CurrentAccount.get() : Optional.empty();
		String raw = account.isPresent() ? keyOf(request) : null;
		if (raw == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<IdempotencyKey> key = IdempotencyKey.parse(raw);
		String accountId = account.get().id();
		if (key.isEmpty()) {
			refuse(Refusal.MALFORMED, request, response, chain);
			return;
		}
		if (!this.sealing.unlocked(accountId)) {
			chain.doFilter(request, response);
			return;
		}
		RequestFingerprint.Read read;
		try {
			read = RequestFingerprint.read(request);
		}
		catch (RequestFingerprint.TooLarge ex) {
			refuse(Refusal.TOO_LARGE, request, response, chain);
			return;
		}
		BufferedResponse buffered = new BufferedResponse(response);
		Outcome outcome;
		try {
			outcome = AfterTransaction.around(() -> this.transactions
				.execute((status) -> runOnce(accountId, key.get().hash(), read, buffered, chain, status)));
		}
		catch (ChainFailure failure) {
			failure.rethrow();
			return;
		}
		catch (RuntimeException ex) {
			// Nothing was stored and nothing was said: the client may send it again.
			log.error("Could not keep the answer to POST {} with its Idempotency-Key: {}",
					SafeLogging.path(request.getRequestURI()), SafeLogging.describe(ex));
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			return;
		}
		switch (outcome) {
			case Outcome.Ran ran -> buffered.send();
			case Outcome.Replayed replayed -> replayed.reply().writeTo(response);
			case Outcome.Refused refused -> refuse(refused.why(), read.request(), response, chain);
		}
	}

	private Outcome runOnce(String accountId, String keyHash, RequestFingerprint.Read read, BufferedResponse buffered,
			FilterChain chain, TransactionStatus status) {
		if (!this.replies.claim(accountId, keyHash, read.hash())) {
			Optional<Outcome> earlier = earlierAnswer(accountId, keyHash, read.hash());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		try {
			chain.doFilter(read.request(), buffered);
		}
		catch (IOException | ServletException ex) {
			throw new ChainFailure(ex);
		}
		if (!buffered.succeeded()) {
			status.setRollbackOnly();
		}
		else if (this.sealing.unlocked(accountId)) {
			StoredReply reply = buffered.reply();
			this.replies.complete(accountId, keyHash, reply.status(),
					this.sealing.seal(accountId, keyHash, reply.encode()));
		}
		else {
			// The request gave up the key itself (deleting the account signs out): what
			// it did stands, and there is nothing left to answer a retry with.
			this.replies.forget(accountId, keyHash);
		}
		return new Outcome.Ran();
	}

	/**
	 * What a key already in use answers: the first answer, or a refusal; empty when the
	 * row no longer opens (sealed under a data key a fresh start replaced), which is then
	 * forgotten and the request runs as new.
	 */
	private Optional<Outcome> earlierAnswer(String accountId, String keyHash, String requestHash) {
		Optional<StoredReplies.Kept> kept = this.replies.find(accountId, keyHash);
		if (kept.isEmpty()) {
			// Expired and removed in between: the key is free again.
			return this.replies.claim(accountId, keyHash, requestHash) ? Optional.empty()
					: Optional.of(new Outcome.Refused(Refusal.IN_PROGRESS));
		}
		if (kept.get().status() == null) {
			return Optional.of(new Outcome.Refused(Refusal.IN_PROGRESS));
		}
		if (!kept.get().requestHash().equals(requestHash)) {
			return Optional.of(new Outcome.Refused(Refusal.REUSED));
		}
		try {
			byte[] reply = this.sealing.open(accountId, keyHash, kept.get().sealedReply());
			return Optional.of(new Outcome.Replayed(StoredReply.decode(kept.get().status(), reply)));
		}
		catch (UnreadableDataException ex) {
			this.replies.forget(accountId, keyHash);
			return this.replies.claim(accountId, keyHash, requestHash) ? Optional.empty()
					: Optional.of(new Outcome.Refused(Refusal.IN_PROGRESS));
		}
	}

	/** The header, or for a form the browser posts itself, the field the script adds. */
	private static String keyOf(HttpServletRequest request) {
		String header = request.getHeader(IdempotencyKey.HEADER);
		if (header != null || !RequestFingerprint.isForm(request)) {
			return header;
		}
		return request.getParameter(IdempotencyKey.FIELD);
	}

	private static void refuse(Refusal why, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		request.setAttribute(REFUSED, why);
		chain.doFilter(request, response);
	}

	/** What became of a request with a key. */
	private sealed interface Outcome {

		/** It ran; its answer is in the buffered response. */
		record Ran() implements Outcome {
		}

		/** It had run before; this is the first answer. */
		record Replayed(StoredReply reply) implements Outcome {
		}

		/** It is not run. */
		record Refused(Refusal why) implements Outcome {
		}

	}

	/** Carries a checked failure of the chain out of the transaction, rolling it back. */
	private static final class ChainFailure extends RuntimeException {

		ChainFailure(Exception cause) {
			super(null, cause, false, false);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}

	}

	/**
	 * Answers a refused request through the usual error page or problem, in the request's
	 * language, before its handler runs.
	 */
	static final class RefusedRequests implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(REFUSED) instanceof Refusal why) {
				throw switch (why) {
					case MALFORMED -> new InvalidInputException(new FieldMessage(IdempotencyKey.HEADER,
							"validation.idempotencyKey", IdempotencyKey.MAX_LENGTH));
					case TOO_LARGE -> new MaxUploadSizeExceededException(RequestFingerprint.MAX_BODY);
					case REUSED -> new KeyReusedException();
					case IN_PROGRESS -> new ConflictException("problem.409.idempotencyKey");
				};
			}
			return true;
		}

	}

	/** The key came with a different request from the one it was first used for. */
	static final class KeyReusedException extends RuntimeException {

		KeyReusedException() {
			super("idempotency key reused", null, false, false);
		}

	}

}
