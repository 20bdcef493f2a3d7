package org.compactdpa.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * A URL whose path or query carries an encoded control character (NUL, CR, LF, ...) is refused with
 * a 400 problem before any resource sees it: no identifier or search term of ours holds one, the
 * database refuses NUL, and a line break in a path is how log lines get forged.
 */
@ApplicationScoped
public class UrlHygiene {

    /** %00-%1F and %7F, in either case; a raw control character cannot reach here (the HTTP parser refuses it). */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])");

    void install(@Observes Router router) {
        router.route().order(-3).handler(context -> {
            String uri = context.request().uri();
            if (uri != null && ENCODED_CONTROL.matcher(uri).find()) {
                RouteProblems.refuse(context, 400, "bad-url", "The address is not valid",
                        "The path or the query holds an encoded control character (such as %00 or %0A)");
                return;
            }
            context.next();
        });
    }

    static boolean refused(String uri) {
        return ENCODED_CONTROL.matcher(uri).find();
    }
}
