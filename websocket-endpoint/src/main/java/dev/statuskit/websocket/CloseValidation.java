package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a decorated session does when asked to close with a code that must not be sent. */
@API(status = STABLE, since = "0.1")
public enum CloseValidation {
    /**
     * Refuse: throw an {@link IllegalArgumentException} whose message is the rule from
     * {@link CloseRules#closeCodeExceptionMessage(int)}, before anything reaches the wire. The session stays open and usable.
     */
    STRICT,
    /**
     * Send {@link CloseRules#SUBSTITUTE_CODE} (1011 Internal Error) instead, keep the reason, log the
     * substitution at WARNING and report it to {@link CloseListener#codeSubstituted(int, int, String)}.
     */
    LENIENT
}
