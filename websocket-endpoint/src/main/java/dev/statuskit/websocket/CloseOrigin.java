package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Which side typically causes a close with a given code. */
@API(status = STABLE, since = "0.1")
public enum CloseOrigin {
    /** The client: 1010 Mandatory Extension, or an application code only clients send. */
    CLIENT,
    /** The server: 1011-1014, 3000 Unauthorized, 3003 Forbidden. */
    SERVER,
    /** Either endpoint: 1000-1003, 1007-1009, 3008, and application codes not registered with their origin. */
    EITHER,
    /** Neither endpoint but the connection: 1006 Abnormal Closure, 1015 TLS handshake failure. */
    NETWORK
}
