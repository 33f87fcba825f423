use super::{Place, ProjectFindings, ProjectRule, cite, segments};
use crate::declare_rule;
use sechound_core::project::{AccessSite, Endpoint, ProjectModel, SessionWork, Signal};

declare_rule! {
    /// ## What it finds
    /// A logout endpoint (a path segment `logout`, `signout`, `sign-out`, `log-out`) whose
    /// handler, and the functions it calls up to three calls away, neither end the server-side
    /// session nor revoke a stored token, while the application keeps such state: somewhere it
    /// creates a refresh-token or session record (`RefreshToken.create`,
    /// `tokenService.saveToken`, `redis.set('refresh:' + id, …)`), signs users in with
    /// `req.logIn` (passport with express-session), `passport.authenticate` without
    /// `session: false`, `login_user` (Flask-Login), `login(request, user)` (Django) or writes
    /// the user into the request's session (`req.session.userId = …`,
    /// `session["user_id"] = …`). The finding cites where that state is kept.
    ///
    /// Ending or revoking is a call such as `req.logout()`, `req.session.destroy()`,
    /// `logout_user()`, `session.clear()`, `request.session.flush()`, `auth.logout(request)`,
    /// a delete on a token or session store (`RefreshToken.deleteOne`,
    /// `sessionRepository.delete`), a call named for revoking (`revokeToken`,
    /// `blacklist_token`) or for logging out (`authService.logout(…)`, even when sechound cannot
    /// follow it), and `delete req.session.user` / `del session["user_id"]`.
    ///
    /// ## Why it matters
    /// A logout that only clears the cookie or answers 200 leaves the session or refresh token
    /// valid on the server: a copy taken earlier (a stolen cookie, a token in a log, a shared
    /// computer) keeps working after the user believes they signed out.
    ///
    /// ## Not reported
    /// Stateless applications (signed tokens only, nothing kept on the server): there is
    /// nothing to revoke, and short token lifetimes are the control. Logout endpoints whose
    /// handler sechound could not find (framework views such as Django's `LogoutView`).
    /// Confidence is medium: a revocation hidden behind a call whose name says nothing (a
    /// generic `cleanup(user)`) is not seen.
    ///
    /// ## Example
    /// ```js
    /// router.post('/logout', (req, res) => { res.clearCookie('refresh'); res.sendStatus(204); }); // reported
    /// // fine: await RefreshToken.deleteOne({ token: req.cookies.refresh }); then clear the cookie
    /// ```
    pub struct LogoutNotRevoked {
        id: "project.logout-not-revoked",
        title: "Logout does not end the server-side session",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [613],
        owasp: A07,
        effort: Hours,
        impact: "A session or refresh token captured before logout stays valid after it, so signing out does not protect a user whose token was stolen.",
        recommendation: "In the logout handler, end the server-side state as well as the cookie: `req.logout()` and `req.session.destroy()` with express-session, `logout_user()` with Flask-Login, `request.session.flush()` in Django, and delete or mark revoked the stored refresh token or session record the request carries.",
        verification: "Sign in, keep a copy of the session cookie or refresh token, log out, then replay the copy (load a page, call the refresh endpoint): it must be refused.",
    }
}

/// True for a path that logs the caller out.
fn logout_path(path: &str) -> bool {
    segments(path).any(|s| {
        let s = s.replace('-', "");
        s == "logout" || s == "signout" || s == "logoff"
    })
}

impl ProjectRule for LogoutNotRevoked {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let Some(store) = kept_state(model) else {
            return;
        };
        for endpoint in model.endpoints.iter().filter(|e| {
            logout_path(&e.path)
                && e.signals.contains(&Signal::HandlerRead)
                && !e
                    .access
                    .sessions
                    .iter()
                    .any(|(_, w)| *w == SessionWork::Revokes)
        }) {
            let finding = out.report(
                &Self::META,
                Place::of(endpoint),
                format!(
                    "The logout endpoint {} neither ends the session nor revokes a stored token, while the application keeps sessions on the server (`{}` at {}): a session or refresh token copied before logout stays valid after it.",
                    cite(endpoint),
                    store.detail,
                    store.at()
                ),
            );
            finding.related.push(Place {
                file: store.file.clone(),
                line: store.line,
            });
        }
    }
}

/// Where the application keeps a session or a token on the server, preferring a place a
/// sign-in or refresh endpoint reaches (the state its logout should drop).
fn kept_state(model: &ProjectModel) -> Option<&AccessSite> {
    let reached = |e: &&Endpoint| !logout_path(&e.path);
    model
        .endpoints
        .iter()
        .filter(reached)
        .flat_map(|e| e.access.sessions.iter())
        .find(|(_, w)| *w == SessionWork::Stores)
        .map(|(site, _)| site)
        .or_else(|| model.session_stores.first())
}
