/** Implementation details of StatusKit HTTP; not exported, not an API. */
@NullMarked
package dev.statuskit.http.internal;

import org.jspecify.annotations.NullMarked;
