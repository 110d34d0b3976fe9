package org.firststep.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps JUnit's own order of test classes and moves the one that reads every e-mail of
 * the run for private values to the end, after every test that could make one.
 */
public class PrivacyCheckLast implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparing(PrivacyCheckLast::isPrivacyCheck));
	}

	private static boolean isPrivacyCheck(ClassDescriptor descriptor) {
		return descriptor.getTestClass().getSimpleName().equals("NothingPrivateInMailIntegrationTests");
	}

}
