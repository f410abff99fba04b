package dev.byline.web;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Sign-up forms beside a story: a form that asks for an e-mail address and says little (a newsletter's, an alert's)
 * is furniture whatever it is named. Asked before the cleaner takes out the forms' fields, which tell it. A form that
 * holds the page (ASP.NET sets every page in one) is the page, and a form holding a paragraph of prose (a petition's
 * demand) is the story's.
 */
final class SignUpForms {
    /** A sign-up form says at most this much: a call, a promise, a note on privacy. */
    static final int SIGN_UP_CHARS = 600;
    /** A paragraph this long in a form is prose of its own (a petition's demand), not a sign-up's call. */
    static final int FORM_PROSE_CHARS = 300;

    private SignUpForms() {
    }

    /** Removes from {@code body} the sign-up forms holding less than {@code mostOfPage} of its text. */
    static void remove(Element body, double mostOfPage) {
        int bodyChars = -1;
        for (Element f : body.select("form")) {
            if (f.parent() == null || !asksForEmail(f) || holdsProse(f)) {
                continue;   // a petition's form holds the petition: its demand is a paragraph of prose
            }
            int chars = f.text().length();
            if (chars <= SIGN_UP_CHARS && chars <= mostOfPage * (bodyChars < 0 ? bodyChars = body.text().length() : bodyChars)) {
                f.remove();
            }
        }
    }

    /** True if the form holds a paragraph as long as a story's ({@link #FORM_PROSE_CHARS}), not a sign-up's few lines. */
    private static boolean holdsProse(Element form) {
        for (Element p : form.getElementsByTag("p")) {
            if (p.text().length() >= FORM_PROSE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** True if the form has a field for an e-mail address: its type, or a name, id or placeholder that says mail. */
    private static boolean asksForEmail(Element form) {
        for (Element input : form.getElementsByTag("input")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (type.equals("email")) {
                return true;
            }
            if (type.isEmpty() || type.equals("text")) {
                String said = (input.attr("name") + " " + input.id() + " " + input.attr("placeholder")).toLowerCase(Locale.ROOT);
                if (said.contains("mail")) {
                    return true;
                }
            }
        }
        return false;
    }
}
