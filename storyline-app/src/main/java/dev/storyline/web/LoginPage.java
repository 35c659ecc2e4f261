package dev.storyline.web;

import org.jsoup.nodes.Element;

/** Where a desk user pastes the server's token once, so that the forms (add a source, save an alert) may write. */
final class LoginPage {

    private LoginPage() {
    }

    static String form(boolean tokenNeeded, String problem) {
        Page page = new Page("Sign in", Page.Section.NONE, true);
        Element main = page.main();
        if (!tokenNeeded) {
            main.appendElement("p").text("This server listens on this machine only: it needs no token.");
            return page.html();
        }
        if (problem != null) main.appendElement("p").addClass("error").text(problem);
        main.appendElement("p").text("This server listens beyond this machine, so changes need its token: it is in "
                + "the file api-token in the data folder (or the STORYLINE_API_TOKEN variable it was started with).");
        Element form = main.appendElement("form").attr("method", "post").attr("action", "/login");
        form.appendElement("label").attr("for", "token").text("Token");
        form.appendElement("input").attr("type", "password").attr("name", "token").attr("id", "token")
                .attr("autocomplete", "current-password").attr("required", "");
        form.appendElement("button").attr("type", "submit").text("Sign in");
        return page.html();
    }
}
