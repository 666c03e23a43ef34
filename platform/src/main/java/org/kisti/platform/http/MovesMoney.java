package org.kisti.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that moves money (a deposit, a disbursement, a repayment): it must carry an
 * {@code Idempotency-Key}, so that a field app's retry after a lost answer never moves the money twice
 * ({@link IdempotencyKeys} answers 428 without one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MovesMoney {}
