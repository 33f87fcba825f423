//! What guards do with a request that carries no identity, read from their code across files:
//! rejecting (401/403, a redirect to the login page, an exception, `next(err)`), only attaching
//! an identity when there is one, or built by a package.

use sechound_semantic::extract::Engine;
use sechound_semantic::{GateKind, Program, summarize};
use sechound_syntax::js::taint::JsTaint;
use sechound_syntax::modules;
use sechound_syntax::python::taint::PyTaint;
use sechound_syntax::{Language, parse};

fn program(files: &[(&str, &str)]) -> Program {
    let mut summaries = Vec::new();
    for (path, code) in files {
        let language = Language::from_path(std::path::Path::new(path)).expect("language");
        let file = parse(path.to_string(), language, code.to_string()).unwrap();
        let src = file.text();
        let summary = if language == Language::Python {
            let taint = PyTaint::symbolic(&file);
            let module = modules::python::read(file.tree.root_node(), src);
            summarize(&file, Engine::Python(&taint), &module)
        } else {
            let taint = JsTaint::symbolic(&file);
            let module = modules::js::read(file.tree.root_node(), src);
            summarize(&file, Engine::Js(&taint), &module)
        };
        summaries.push(summary);
    }
    Program::link(summaries)
}

/// The verdict on the guard `dotted` as written in `path`: kind, line, roles.
fn verdict(program: &Program, path: &str, dotted: &str) -> Option<(GateKind, u32, Vec<String>)> {
    let f = program.resolve_function(path, dotted)?;
    let gate = program.gate(f)?;
    Some((gate.kind, gate.line, gate.roles))
}

const INSECURITY: &str = r#"
import expressJwt from 'express-jwt'
import jwt from 'jsonwebtoken'
export const roles = { customer: 'customer', accounting: 'accounting' }
export const isAuthorized = () => expressJwt({ secret: publicKey })
export const isAccounting = () => {
  return (req, res, next) => {
    const decodedToken = verify(jwtFrom(req)) && decode(jwtFrom(req))
    if (decodedToken?.data?.role === roles.accounting) {
      next()
    } else {
      res.status(403).json({ error: 'Malicious activity detected' })
    }
  }
}
export const appendUserId = () => {
  return (req, res, next) => {
    try {
      req.body.UserId = tokenMap[jwtFrom(req)].data.id
      next()
    } catch (error) {
      res.status(401).json({ status: 'error' })
    }
  }
}
export const updateAuthenticatedUsers = () => (req, res, next) => {
  const token = req.cookies.token || jwtFrom(req)
  if (token) {
    jwt.verify(token, publicKey, (err, decoded) => {
      if (err === null) { authenticatedUsers.put(token, decoded) }
    })
  }
  next()
}
export function optionalAuth(req, res, next) {
  const header = req.headers.authorization
  if (!header) return next()
  try { req.user = jwt.verify(header, key); next() } catch (e) { return res.sendStatus(401) }
}
export function logRequests(req, res, next) {
  console.log(req.method)
  next()
}
"#;

#[test]
fn express_middleware_judged_by_what_its_body_does() {
    let p = program(&[
        ("lib/insecurity.ts", INSECURITY),
        (
            "server.ts",
            "import * as security from './lib/insecurity'\nsecurity.isAuthorized()\n",
        ),
    ]);
    // A factory returning a package's middleware.
    let (kind, _, _) = verdict(&p, "server.ts", "security.isAuthorized").unwrap();
    assert_eq!(
        kind,
        GateKind::Package {
            module: "express-jwt".into(),
            name: "expressJwt".into()
        }
    );
    // The returned middleware rejects with 403, and a role comparison decides it.
    let (kind, line, roles) = verdict(&p, "server.ts", "security.isAccounting").unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 12));
    assert_eq!(roles, vec!["accounting"]);
    let (kind, line, _) = verdict(&p, "server.ts", "security.appendUserId").unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 22));
    // Reads the token, never rejects: the unconditional next() lets requests through.
    let (kind, line, _) = verdict(&p, "server.ts", "security.updateAuthenticatedUsers").unwrap();
    assert_eq!((kind, line), (GateKind::IdentityOnly, 33));
    // Rejects a bad token, but lets a request without one through.
    let (kind, line, _) = verdict(&p, "server.ts", "security.optionalAuth").unwrap();
    assert_eq!((kind, line), (GateKind::IdentityOnly, 37));
    // Not a check on the caller at all.
    assert_eq!(verdict(&p, "server.ts", "security.logRequests"), None);
}

#[test]
fn constructor_function_members_and_login_redirects() {
    let session = r#"
function SessionHandler(db) {
  this.isAdminUserMiddleware = (req, res, next) => {
    if (req.session.userId) {
      return userDAO.getUserById(req.session.userId, (err, user) => {
        return user && user.isAdmin ? next() : res.redirect("/login");
      });
    }
    return res.redirect("/login");
  };
  this.isLoggedInMiddleware = (req, res, next) => {
    if (req.session.userId) {
      return next();
    }
    return res.redirect("/login");
  };
  this.isNotLoggedIn = (req, res, next) => {
    if (!req.isAuthenticated()) return next();
    res.redirect('/learn');
  };
}
module.exports = SessionHandler;
"#;
    let p = program(&[
        ("app/routes/session.js", session),
        (
            "app/routes/index.js",
            "const SessionHandler = require('./session');\nmodule.exports = (app) => {};\n",
        ),
    ]);
    let (kind, line, roles) = verdict(
        &p,
        "app/routes/index.js",
        "SessionHandler.isAdminUserMiddleware",
    )
    .unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 6));
    assert_eq!(roles, vec!["admin"]);
    let (kind, line, roles) = verdict(
        &p,
        "app/routes/index.js",
        "SessionHandler.isLoggedInMiddleware",
    )
    .unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 15));
    assert!(roles.is_empty());
    // Redirects signed-in users away: requests without identity go through.
    let (kind, line, _) =
        verdict(&p, "app/routes/index.js", "SessionHandler.isNotLoggedIn").unwrap();
    assert_eq!((kind, line), (GateKind::IdentityOnly, 18));
}

#[test]
fn python_dependencies_hooks_and_permission_classes() {
    let deps = r#"
from fastapi import Depends, HTTPException, status
import jwt

def get_current_user(token: str = Depends(oauth2_scheme)):
    credentials_exception = HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    try:
        payload = jwt.decode(token, KEY, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise credentials_exception
    return payload

def get_optional_user(token: str | None = Depends(optional_scheme)):
    if token is None:
        return None
    return jwt.decode(token, KEY, algorithms=["HS256"])

def get_current_active_superuser(current_user = Depends(get_current_user)):
    if not current_user.is_superuser:
        raise HTTPException(status_code=403, detail="not enough privileges")
    return current_user

def require_role(role):
    def checker(user = Depends(get_current_user)):
        if user.role != role:
            raise HTTPException(403)
        return user
    return checker

class RoleChecker:
    def __init__(self, allowed):
        self.allowed = allowed
    def __call__(self, user = Depends(get_current_user)):
        if user.role not in self.allowed:
            raise HTTPException(status_code=403)

def load_logged_in_user():
    user_id = session.get("user_id")
    g.user = None if user_id is None else db.get(user_id)
"#;
    let p = program(&[("app/deps.py", deps)]);
    let (kind, line, _) = verdict(&p, "app/deps.py", "get_current_user").unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 10));
    let (kind, line, _) = verdict(&p, "app/deps.py", "get_optional_user").unwrap();
    assert_eq!((kind, line), (GateKind::IdentityOnly, 15));
    let (kind, _, roles) = verdict(&p, "app/deps.py", "get_current_active_superuser").unwrap();
    assert_eq!(kind, GateKind::Enforces);
    assert_eq!(roles, vec!["superuser"]);
    let (kind, line, _) = verdict(&p, "app/deps.py", "require_role").unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 26));
    let (kind, _, _) = verdict(&p, "app/deps.py", "RoleChecker").unwrap();
    assert_eq!(kind, GateKind::Enforces);
    let (kind, _, _) = verdict(&p, "app/deps.py", "load_logged_in_user").unwrap();
    assert_eq!(kind, GateKind::IdentityOnly);
}

#[test]
fn a_verifying_call_that_throws_ends_the_request() {
    let auth = r#"
const jwt = require('jsonwebtoken');
function requireAuth(req, res, next) {
  if (PUBLIC.some((p) => req.path.startsWith(p))) return next();
  req.user = jwt.verify(req.headers.authorization, process.env.JWT_SECRET);
  next();
}
function softAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization, KEY); } catch (e) {}
  next();
}
function verifyToken(token) { return token === 'x'; }
function helperAuth(req, res, next) {
  req.ok = verifyToken(req.headers.authorization);
  next();
}
module.exports = { requireAuth, softAuth, helperAuth };
"#;
    let p = program(&[("src/auth.js", auth)]);
    // Uncaught, `jwt.verify` throws on a missing or bad token: the request ends there.
    let (kind, line, _) = verdict(&p, "src/auth.js", "requireAuth").unwrap();
    assert_eq!((kind, line), (GateKind::Enforces, 5));
    // Caught and ignored: every request goes on.
    let (kind, _, _) = verdict(&p, "src/auth.js", "softAuth").unwrap();
    assert_eq!(kind, GateKind::IdentityOnly);
    // A helper of the project returning a boolean is not taken to throw.
    let (kind, _, _) = verdict(&p, "src/auth.js", "helperAuth").unwrap();
    assert_eq!(kind, GateKind::IdentityOnly);
}

#[test]
fn a_factory_of_a_destructured_package_function() {
    let security = r#"
const { expressjwt } = require('express-jwt');
exports.isAuthorized = () => expressjwt({ secret: process.env.KEY, algorithms: ['HS256'] });
"#;
    let p = program(&[
        ("lib/security.js", security),
        (
            "app/routes/index.js",
            "const security = require('../../lib/security');\nsecurity.isAuthorized();\n",
        ),
    ]);
    let (kind, _, _) = verdict(&p, "app/routes/index.js", "security.isAuthorized").unwrap();
    assert_eq!(
        kind,
        GateKind::Package {
            module: "express-jwt".into(),
            name: "expressjwt".into()
        }
    );
}
