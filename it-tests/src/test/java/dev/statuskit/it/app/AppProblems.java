package dev.statuskit.it.app;

import dev.statuskit.demo.PurchaseResource;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemType;
import java.net.URI;
import java.util.List;

/** The application problem types the test servers answer with; their texts are in the catalog's bundles. */
public final class AppProblems {
    /** The bundles: the demo's twenty translations of RFC 9457's example, and the it-tests' own five. */
    public static final List<String> BUNDLES = List.of("dev.statuskit.demo.problems", "dev.statuskit.it.app.problems");

    /** RFC 9457's out-of-credit, as the demo declares it. */
    public static final ProblemType OUT_OF_CREDIT = PurchaseResource.OUT_OF_CREDIT;

    /** 429 with a plural in its detail: "Try again in {0, plural, one {# minute} other {# minutes}}." */
    public static final ProblemType RETRY_LATER = ProblemType.builder(URI.create("https://example.com/probs/retry-later"), 429)
            .titleKey("retry.title").detailKey("retry.detail").build();

    private AppProblems() {
    }

    /** The out-of-credit occurrence of RFC 9457 §3: balance 30, cost 50, two accounts. */
    public static Problem outOfCredit() {
        return OUT_OF_CREDIT.problem(30, 50).with("balance", 30)
                .with("accounts", List.of("/account/12345", "/account/67890")).build();
    }
}
