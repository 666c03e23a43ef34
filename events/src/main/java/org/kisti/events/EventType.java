package org.kisti.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The published name and version of an event. The name, never the Java class, is what travels: it becomes the
 * CloudEvents {@code ce_type} ({@code name + ".v" + version}) and the revision Axon stores beside the payload,
 * so a class can be renamed or moved without breaking stored events or consumers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String name();

    int version();
}
