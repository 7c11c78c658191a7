package dev.statuskit.it.app;

/** The secret that test endpoints put in exception messages; no answer may ever contain it. */
public final class Secrets {
    /** Appears in every exception message the test applications throw. */
    public static final String SECRET = "SECRET-7f3a9c-hunter2";

    private Secrets() {
    }
}
