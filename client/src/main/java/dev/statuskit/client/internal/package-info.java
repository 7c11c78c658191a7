/** Implementation: the JSON and XML parsers and the reconnect state machine. Not exported. */
package dev.statuskit.client.internal;
