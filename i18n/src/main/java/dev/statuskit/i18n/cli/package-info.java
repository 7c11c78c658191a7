/** The command-line lookup of the i18n jar: {@code java -jar statuskit-i18n.jar 404 --lang ja}. */
@NullMarked
package dev.statuskit.i18n.cli;

import org.jspecify.annotations.NullMarked;
