/** Implementation details of StatusKit HTTP; not exported, not an API. */
package dev.statuskit.http.internal;
