//! What a function visibly does to a request, read from its syntax tree: how it can end the
//! request (a 401 or 403 response, a redirect to the login page, an exception, `next(err)`),
//! where it hands the request on, whether it reads the caller's identity, and what a handler
//! does that the project rules weigh (loads a record by id, compares its owner with the caller,
//! verifies a token or a signature).

use sechound_syntax::value::Value;

/// What one function does, for the functions with something to say.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Behaviour {
    /// The function (its number in the file).
    pub function: u32,
    /// Where it ends the request.
    pub rejects: Vec<Reject>,
    /// Where it hands the request on.
    pub passes: Vec<Pass>,
    /// The first line where it reads the caller's identity (a token, a session, the user).
    pub identity: Option<u32>,
    /// Lines where it compares a record's owner or tenant with the caller, or filters a query by
    /// the caller.
    pub owner_checks: Vec<u32>,
    /// Calls that load, change or delete records, with the names their arguments read.
    pub loads: Vec<Load>,
    /// Token and signature work.
    pub checks: Vec<(u32, TokenCheck)>,
    /// Calls whose name says a privileged action (`impersonate`, `purge`, `set role`), with
    /// the action in words.
    pub actions: Vec<(u32, String)>,
    /// Database queries (one per call chain) on a model the code names, for the tenant rules.
    pub queries: Vec<Query>,
    /// Values written to a cache under a key built in place.
    pub cache_writes: Vec<CacheWrite>,
    /// Session and second-factor work: sessions or stored tokens created or revoked, TOTP
    /// codes and passwords verified, second-factor secrets written.
    pub lifecycle: Vec<(u32, Lifecycle)>,
}

/// A database query: one call chain on a model (`Order.find({ orgId })`,
/// `Project.objects.filter(organization=org).exclude(…)`, `db.query(Item).filter(…)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub line: u32,
    /// The model, lower case, without `Repository`/`Repo`/`Model`: `order` for `Order.find`,
    /// `prisma.order.findMany`, `this.orderRepository.find` and `db.query(Order)`.
    pub model: String,
    /// The query as written, shortened.
    pub code: String,
    /// The tenant field the query filters on (`orgId`, `organization__slug`), as written.
    pub tenant: Option<String>,
    /// An argument reads the caller's identity (`req.user.id`, `current_user`).
    pub by_caller: bool,
    /// A key that narrows the query to one record or to a parent record (`pk=pk`,
    /// `{ _id: id }`, `project_id=project_id`, `{ projectId }`): a load by id, not a listing.
    pub narrowed_by: Option<String>,
}

/// A value written to a cache (`redis.set(`stats:${id}`, …)`, `cache.set(f"dash:{pk}", …)`)
/// with the key as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheWrite {
    pub line: u32,
    pub code: String,
    /// The key expression as written.
    pub key: String,
    /// The key reads the caller or a tenant (`req.user.orgId`, `user_id`, `tenant`).
    pub keyed_by_caller: bool,
}

/// What a call or an assignment does to a session, a stored token or a second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lifecycle {
    /// Keeps state on the server that a logout should drop: `req.logIn(user)` (passport with
    /// express-session), `login_user(user)`, `login(request, user)`, `req.session.userId = …`,
    /// `session["user_id"] = …`, a refresh token or session record created
    /// (`RefreshToken.create`, `tokenService.saveToken`), with the code, shortened.
    StoresSession(String),
    /// Ends a session or revokes a stored token: `req.logout()`, `req.session.destroy()`,
    /// `logout_user()`, `session.clear()`, `RefreshToken.deleteOne(…)`, `authService.logout(…)`.
    Revokes,
    /// Verifies a one-time code of a second factor (`authenticator.check`, `totp.verify`,
    /// `verify_totp`, a TOTP form).
    VerifiesCode,
    /// Verifies the caller's password (`bcrypt.compare`, `check_password`, a comparison with
    /// the stored password).
    VerifiesPassword,
    /// Writes a second-factor secret or switch (`user.totpSecret = …`, `profile.totp = None`):
    /// the field's name, whether it is cleared (set to empty, null or false), and whether the
    /// value is encrypted on the way (`encrypt(secret)`, a name bound to such a call).
    WritesSecondFactor {
        field: String,
        clears: bool,
        encrypted: bool,
    },
    /// A value is encrypted for a field or name (`apiKey: encrypt(key)`,
    /// `token = fernet.encrypt(raw)`): the helper as written and the field.
    Encrypts { helper: String, field: String },
}

/// A place where a function ends the request.
#[derive(Debug, Clone, PartialEq)]
pub struct Reject {
    pub line: u32,
    /// The code, shortened.
    pub code: String,
    pub kind: RejectKind,
    /// The roles or permissions a comparison that decides this rejection requires: literals,
    /// or references the linker resolves (`roles.accounting`).
    pub roles: Vec<Value>,
    /// The line of the condition that sends a request without identity here, when there is one
    /// (`if (!req.session.userId) return res.redirect('/login')`, the `else` of `if
    /// (loggedInUser) {…}`, `if not request.user.is_authenticated: raise PermissionDenied`): the
    /// function itself refuses a caller it cannot identify.
    pub without_identity: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectKind {
    /// A 401 or 403 response (or an HTTP exception carrying one).
    Status(u16),
    /// A redirect to a login page (the target as written).
    LoginRedirect(String),
    /// An exception whose name says authentication or permission failed.
    AuthError(String),
    /// Another exception: it ends the request, and counts as a check on the caller only in a
    /// function that reads the caller's identity.
    Error(String),
    /// `next(err)`: the request goes to the error handler.
    NextError,
    /// A call that verifies a token and throws when it is missing or invalid (`jwt.verify(token,
    /// key)` without a callback, `jwt.decode(token, key, algorithms=[...])`), not caught in the
    /// function: the request ends in the error handler.
    Throws(String),
    /// A NestJS guard or DRF permission answering `false`.
    Deny,
}

impl RejectKind {
    /// What happens, in words.
    pub fn describe(&self) -> String {
        match self {
            RejectKind::Status(code) => format!("responds {code}"),
            RejectKind::LoginRedirect(to) => format!("redirects to {to}"),
            RejectKind::AuthError(name) | RejectKind::Error(name) => format!("raises {name}"),
            RejectKind::NextError => "passes an error to next()".to_string(),
            RejectKind::Throws(call) => format!("`{call}` throws on a missing or invalid token"),
            RejectKind::Deny => "answers false".to_string(),
        }
    }

    /// True when the rejection says by itself that the caller was refused (rather than an
    /// error that may be anything).
    pub fn is_auth(&self) -> bool {
        matches!(
            self,
            RejectKind::Status(_)
                | RejectKind::LoginRedirect(_)
                | RejectKind::AuthError(_)
                | RejectKind::Deny
                | RejectKind::Throws(_)
        )
    }
}

/// A place where a function hands the request on (`next()`, a return of a dependency or hook).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pass {
    pub line: u32,
    pub code: String,
    /// Under a condition that says the caller has no identity (`if (!token) return next()`,
    /// `if token is None: return None`).
    pub without_identity: bool,
    /// Under some condition (`if`, `?:`, `catch`, `&&`).
    pub conditional: bool,
}

/// A call that loads or changes records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Load {
    pub line: u32,
    /// The last segment of every name its arguments read (`id` for `req.params.id`).
    pub names: Vec<String>,
    /// An argument reads the caller's identity (`[req.user.id]`, `owner=current_user`): the
    /// query is scoped to the caller.
    pub by_caller: bool,
    /// The fields of request data its arguments read (`id` for `req.params.id`, `order_id`
    /// for `request.args.get("order_id")`).
    pub sent: Vec<String>,
    /// The method called (`findById`, `delete`).
    pub method: String,
    /// The call's callee as written (`Order.findById`, `session.get`).
    pub callee: String,
    /// The call changes or deletes what it selects: a writing method
    /// (`findByIdAndUpdate`, `destroy`), or a writing method called on its result
    /// (`User.objects.filter(pk=pk).update(...)`, `db.query(User).filter(...).delete()`).
    pub writes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenCheck {
    /// Verifies a token's signature.
    Verifies,
    /// Decodes a token without verifying it.
    DecodesUnverified,
    /// Looks a token up in a store or a deny list.
    LooksUpToken,
    /// Verifies a webhook or request signature.
    VerifiesSignature,
}
