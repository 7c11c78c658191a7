package dev.statuskit.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** {@code GET /api/boom}: fails with a message holding a secret, which must never reach a client. */
@Path("boom")
public class BoomResource {
    /** The secret in the exception message; tests look for it in every answer. */
    public static final String SECRET = "SECRET-db-password-hunter2";

    /** Always throws. */
    @GET
    public String boom() {
        throw new IllegalStateException("Database login failed with password " + SECRET);
    }
}
