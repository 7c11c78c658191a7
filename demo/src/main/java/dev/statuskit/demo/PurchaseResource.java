package dev.statuskit.demo;

import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ProblemType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;

/**
 * {@code POST /api/purchase}: RFC 9457's own example, an application problem type answered in the request's
 * language. The balance is always 30 and the purchase always costs 50.
 */
@Path("purchase")
public class PurchaseResource {
    /** RFC 9457 §3's out-of-credit problem type; its texts are in {@code dev/statuskit/demo/problems*.properties}. */
    public static final ProblemType OUT_OF_CREDIT = ProblemType
            .builder(URI.create("https://example.com/probs/out-of-credit"), 403)
            .titleKey("out-of-credit.title")
            .detailKey("out-of-credit.detail")
            .build();
    /** The balance of the demo's account. */
    public static final int BALANCE = 30;
    /** What a purchase costs. */
    public static final int COST = 50;

    /** Always fails: the balance is too low. */
    @POST
    public String purchase() {
        throw new ProblemException(OUT_OF_CREDIT.problem(BALANCE, COST)
                .with("balance", BALANCE)
                .with("accounts", List.of("/account/12345", "/account/67890"))
                .build());
    }
}
