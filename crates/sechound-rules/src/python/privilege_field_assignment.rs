use super::flow::flow_into;
use crate::privilege::{Shape, field_list, is_privilege_field_of, shape};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::python::{
    callee_path, decorators, enclosing_function, keyword_arg, keyword_args, method_name,
    positional_args, receiver, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data that sets a privilege field of a record — `role`, `permissions`,
    /// `is_admin`, `is_superuser`, `is_staff`, `plan`, `tier`, `quota`, `credits`, `balance`,
    /// an organization, tenant or owner id, `email_verified` / `is_active` — on an endpoint
    /// that does not require a role:
    /// - a FastAPI body model (a Pydantic/SQLModel class, found in the handler's module or
    ///   the module it is imported from, bases included) that declares such a field, written
    ///   into a record wholesale: `db_obj.sqlmodel_update(body.model_dump(exclude_unset=True))`,
    ///   `User(**body.dict())`, `User.model_validate(body)`, `obj.update(**data)`,
    ///   `for k, v in data.items(): setattr(obj, k, v)`, or handed whole to a function named
    ///   for a create or update (`crud.update_user(user_in=body)`, medium confidence);
    /// - the whole request (`request.json`, `request.data`, `request.POST`) unpacked into a
    ///   model whose class declares such a field (`User(**request.get_json())`,
    ///   `User.objects.create(**request.data)`);
    /// - one privilege field set from the request: `User(email=…, role=body.role)`,
    ///   `user.is_admin = request.json["is_admin"]`;
    /// - a DRF `ModelSerializer` whose `Meta` takes every field (`fields = "__all__"` or an
    ///   `exclude` list) of a model with privilege fields that are not read-only (medium
    ///   confidence: the serializer may only be read, and no endpoint is tied to a class).
    ///
    /// Plans, quotas, balances and active or verified flags count on user, account or
    /// membership records only (a coupon's `is_active` is not a privilege); roles,
    /// permissions and tenant or owner ids on any record.
    ///
    /// Findings whose every endpoint requires a role (an administrator setting roles) are
    /// dropped once the report ties them to their endpoints; the endpoints that reach the
    /// others are named with the finding ("reachable by any signed-in user through
    /// `PATCH /users/me`").
    ///
    /// ## Why it matters
    /// A self-service update, a registration or a profile form that writes every field the
    /// client sends lets a user make themselves an administrator, move into another tenant,
    /// lift their quota or mark their address verified, by adding one key to the request.
    ///
    /// ## Not reported
    /// Body models without privilege fields (`UserUpdateMe` with `full_name` and `email`),
    /// `model_dump(exclude={"role", …})` that leaves none, `include=` lists without one,
    /// fields given a server-side value (`role="user"`, `owner_id=current_user.id`), schema
    /// conversions (`UserCreate.model_validate(user_register)`), and handlers whose every
    /// endpoint requires a role. Serializers listing their fields are not reported.
    ///
    /// ## Example
    /// ```python
    /// @router.patch("/me")
    /// def update_me(body: UserUpdate, user: CurrentUser, session: SessionDep):  # UserUpdate has `role`
    ///     user.sqlmodel_update(body.model_dump(exclude_unset=True))            # reported
    ///     user.sqlmodel_update(body.model_dump(exclude_unset=True, exclude={"role"}))  # fine
    /// ```
    pub struct PrivilegeFieldAssignment {
        id: "py.privilege-field-assignment",
        title: "Request data sets a privilege field of a record",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [915, 269],
        owasp: A01,
        effort: Hours,
        impact: "Any caller of the endpoint can give themselves a role, an administrator flag, another tenant, a higher plan or quota, or a verified address by adding the field to the request.",
        recommendation: "Give self-service and registration endpoints a body model without privilege fields (a separate `UserUpdateMe`), or write only an allow-list (`model_dump(include={...})`, `exclude={\"role\", \"is_superuser\"}`); set roles, plans and tenants on the server, and only on endpoints that require an administrator.",
        verification: "Send the request with `\"role\": \"admin\"` (or `\"is_superuser\": true`) as an ordinary user and check that the stored record did not change it.",
        quiet_behind_role: true,
    }
}

impl CodeRule for PrivilegeFieldAssignment {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "assignment", "class_definition"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        match node.kind() {
            "assignment" => check_attribute_assignment(cx, node),
            "class_definition" => check_model_serializer(cx, node),
            _ => check_call(cx, node),
        }
    }
}

/// What a value written into a record carries.
enum Data {
    /// A typed body parameter of a route handler (or a dump of it).
    Body {
        param: String,
        shape: Shape,
        /// The privilege fields left after `exclude=` / `include=`.
        privileged: Vec<String>,
    },
    /// The whole request mapping: which fields it has is the client's choice.
    Request(String),
}

fn check_call<'f>(cx: &mut CheckContext<'f>, call: Node<'f>) {
    let src = cx.src();
    let Some(name) = method_name(call, src) else {
        return;
    };
    let args = positional_args(call);
    let splat = args
        .iter()
        .find(|a| a.kind() == "dictionary_splat")
        .and_then(|a| a.named_child(0));
    let callee = callee_path(call, src).unwrap_or_else(|| name.to_string());
    let constructor = is_model_class(name);
    // `db_obj.sqlmodel_update(data)`, `obj.__dict__.update(data)`.
    let whole_arg = match name {
        "sqlmodel_update" => args.first().copied(),
        "update" if receiver(call).is_some_and(|r| text(r, src).ends_with("__dict__")) => {
            args.first().copied()
        }
        "model_validate" | "from_orm" | "parse_obj" | "model_construct"
            if receiver(call).is_some_and(|r| {
                let class = text(r, src);
                is_model_class(class.rsplit('.').next().unwrap_or(class))
            }) =>
        {
            args.first().copied()
        }
        _ => None,
    };
    let written = whole_arg.or(splat
        .filter(|_| constructor || WRITE_METHODS.contains(&name) || name.starts_with("create")));
    if let Some(value) = written
        && check_whole_write(cx, call, value, name, &callee, constructor)
    {
        return;
    }
    if name == "setattr" {
        check_setattr_loop(cx, call, &args);
        return;
    }
    // One privilege field from the request: `User(email=…, role=body.role)`.
    if constructor || WRITE_METHODS.contains(&name) || name.starts_with("create") {
        for (key, value) in keyword_args(call, src) {
            if !is_privilege_field_of(key, &[&callee]) {
                continue;
            }
            let Some(flow) = flow_into(cx, value, &[]) else {
                continue;
            };
            let message = format!(
                "{} sets `{key}` in `{callee}()`: the caller chooses the record's `{key}`.",
                flow.source()
            );
            let argument = value.parent().unwrap_or(call);
            cx.report(argument, message).flow(flow.raw.clone());
            return;
        }
    }
    // A privileged body handed whole to a function named for a create or update.
    if is_write_function(name) && !constructor {
        for arg in args
            .iter()
            .copied()
            .chain(keyword_args(call, src).into_iter().map(|(_, v)| v))
        {
            if unwrap(arg).kind() != "identifier" {
                continue;
            }
            if let Some(Data::Body {
                param,
                shape,
                privileged,
            }) = data_of(cx, arg, &[&callee])
                && !privileged.is_empty()
            {
                let message = format!(
                    "`{param}` is the request body (`{}`, declared at {}, with {}) and is handed whole to `{callee}()`, named for a create or update: unless that function picks its fields, the caller chooses {}.",
                    shape.name,
                    shape.at,
                    field_list(&privileged),
                    field_list(&privileged),
                );
                report(cx, call, message, Confidence::Medium);
                return;
            }
        }
    }
}

/// The whole body (or the whole request) written into a record: reported when the body's model,
/// or the record's class, has privilege fields. True when it reported.
fn check_whole_write<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    value: Node<'f>,
    name: &str,
    callee: &str,
    constructor: bool,
) -> bool {
    // The record written: the model class, or the object updated.
    let target = if constructor {
        Some(name.to_string())
    } else {
        receiver(call).map(|r| model_of(cx, r))
    };
    let records = [target.as_deref().unwrap_or(""), callee];
    match data_of(cx, value, &records) {
        Some(Data::Body {
            param,
            shape,
            privileged,
        }) if !privileged.is_empty() => {
            let message = format!(
                "`{param}` is the request body (`{}`, declared at {}, with {}), and `{callee}()` writes its fields into {} wholesale: the caller chooses {}.",
                shape.name,
                shape.at,
                field_list(&privileged),
                target.map_or("the record".to_string(), |t| format!("`{t}`")),
                field_list(&privileged),
            );
            report(cx, call, message, Confidence::High);
            true
        }
        Some(Data::Request(source)) => {
            // Only a model whose class is seen to hold a privilege field.
            let Some(class) = target.filter(|t| is_model_class(t)) else {
                return false;
            };
            let Some(model) = shape(cx, &class) else {
                return false;
            };
            let privileged = model.privileged(&[]);
            if privileged.is_empty() {
                return false;
            }
            let message = format!(
                "`{source}` is unpacked into `{callee}()`, and `{class}` (declared at {}) has {}: the caller sets them by adding them to the request.",
                model.at,
                field_list(&privileged),
            );
            report(cx, call, message, Confidence::High);
            true
        }
        _ => false,
    }
}

/// Methods that write the mapping they are given into a record.
const WRITE_METHODS: &[&str] = &[
    "update",
    "create",
    "get_or_create",
    "update_or_create",
    "bulk_create",
    "insert",
    "upsert",
    "set",
];

/// A function named for creating or updating a record: `update_user`, `create`, `crud.update`.
fn is_write_function(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["create", "update", "patch", "register", "upsert", "save"]
        .iter()
        .any(|verb| lower == *verb || lower.starts_with(&format!("{verb}_")))
}

/// A model class by its name: capitalised, and not a validation schema (`UserCreate`,
/// `LoginSchema`) or a framework object.
fn is_model_class(name: &str) -> bool {
    const MORE: &[&str] = &[
        "Public",
        "Out",
        "Response",
        "Register",
        "UpdateMe",
        "Exception",
        "Error",
    ];
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && !super::mass_assignment::BODY_SCHEMA_SUFFIXES
            .iter()
            .chain(MORE)
            .any(|s| name.ends_with(s))
        && !matches!(name, "Q" | "F" | "HTTPException" | "JSONResponse")
}

/// `User` for `User.objects`, `db_user` for `db_user`: how the written record is named.
fn model_of(cx: &CheckContext<'_>, receiver: Node<'_>) -> String {
    let src = cx.src();
    let mut node = unwrap(receiver);
    // `User.objects.filter(...).update(...)`, `User.objects.create(...)`: the head.
    loop {
        match node.kind() {
            "attribute" => match node.field("object") {
                Some(o) => node = unwrap(o),
                None => break,
            },
            "call" => match node.field("function") {
                Some(f) => node = unwrap(f),
                None => break,
            },
            _ => break,
        }
    }
    text(node, src).to_string()
}

/// What `value` written into a record is: a typed request body (through locals, `dict(…)`,
/// `{**…}`, `.model_dump()` / `.dict()` with `exclude=` / `include=`), or the whole request.
fn data_of<'f>(cx: &CheckContext<'f>, value: Node<'f>, records: &[&str]) -> Option<Data> {
    let src = cx.src();
    let mut node = unwrap(cx.py_taint().resolve(value));
    let mut exclude: Vec<String> = Vec::new();
    let mut include: Option<Vec<String>> = None;
    for _ in 0..6 {
        match node.kind() {
            "call" => {
                let name = method_name(node, src)?;
                match name {
                    "model_dump" | "dict" | "copy" | "to_dict" | "jsonable_encoder" => {
                        if let Some(listed) = keyword_arg(node, src, "exclude") {
                            exclude.extend(string_set(listed, src)?);
                        }
                        if let Some(listed) = keyword_arg(node, src, "include") {
                            include = Some(string_set(listed, src)?);
                        }
                        // `body.dict()`, `dict(body)`, `jsonable_encoder(body)`.
                        let inner = match receiver(node) {
                            Some(r) => r,
                            None => *positional_args(node).first()?,
                        };
                        node = unwrap(cx.py_taint().resolve(inner));
                    }
                    "get_json" | "json" => {
                        let text = text(node, src);
                        return (text.starts_with("request.") || text.starts_with("await request"))
                            .then(|| Data::Request(text.to_string()));
                    }
                    _ => return None,
                }
            }
            "await" => node = unwrap(node.named_child(0)?),
            "dictionary" => {
                let children = named_children(node);
                if children.len() != 1 || children[0].kind() != "dictionary_splat" {
                    return None;
                }
                node = unwrap(cx.py_taint().resolve(children[0].named_child(0)?));
            }
            "attribute" => {
                let t = text(node, src);
                return matches!(
                    t,
                    "request.json"
                        | "request.form"
                        | "request.POST"
                        | "request.data"
                        | "request.values"
                )
                .then(|| Data::Request(t.to_string()));
            }
            "identifier" => {
                let param = text(node, src).to_string();
                let class = body_class(cx, node)?;
                let shape = shape(cx, &class)?;
                let privileged: Vec<String> = shape
                    .privileged(records)
                    .into_iter()
                    .filter(|f| !exclude.contains(f))
                    .filter(|f| include.as_ref().is_none_or(|i| i.contains(f)))
                    .collect();
                return Some(Data::Body {
                    param,
                    shape,
                    privileged,
                });
            }
            _ => return None,
        }
    }
    None
}

/// The strings of `{"role", "plan"}`, `["role"]` or the keys of `{"role": True}`; `None` when
/// the list is not written out.
fn string_set(node: Node<'_>, src: &str) -> Option<Vec<String>> {
    let node = unwrap(node);
    match node.kind() {
        "set" | "list" | "tuple" => named_children(node)
            .into_iter()
            .map(|n| string_value(n, src))
            .collect(),
        "dictionary" => named_children(node)
            .into_iter()
            .filter(|p| p.kind() == "pair")
            .map(|p| p.field("key").and_then(|k| string_value(k, src)))
            .collect(),
        _ => None,
    }
}

/// The class of a route handler's parameter that FastAPI fills from the request body:
/// `body: UserUpdate`, `body: Annotated[UserUpdate, Body()]`; not dependencies.
fn body_class<'f>(cx: &CheckContext<'f>, ident: Node<'f>) -> Option<String> {
    let src = cx.src();
    let name = text(ident, src);
    let function = enclosing_function(ident)?;
    if !routed(function, src) {
        return None;
    }
    named_children(function.field("parameters")?)
        .into_iter()
        .find_map(|p| {
            let param = match p.kind() {
                "typed_parameter" => p.named_child(0)?,
                "typed_default_parameter" => p.field("name")?,
                _ => return None,
            };
            if text(param, src) != name {
                return None;
            }
            if let Some(default) = p.field("value")
                && text(default, src).starts_with("Depends")
            {
                return None;
            }
            let annotation = text(p.field("type")?, src).trim();
            if annotation.contains("Depends(") || annotation.contains("Security(") {
                return None;
            }
            let inner = annotation
                .strip_prefix("Annotated[")
                .unwrap_or(annotation)
                .split([',', ']', '|'])
                .next()?
                .trim();
            // `UserUpdate` or `schemas.UserUpdate`: the shape lookup follows the module.
            let class = inner.rsplit('.').next().unwrap_or(inner);
            (class.starts_with(|c: char| c.is_ascii_uppercase())
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .then(|| inner.to_string())
        })
}

/// A function decorated as a route (`@router.patch("/me")`, `@app.post(...)`).
fn routed(function: Node<'_>, src: &str) -> bool {
    decorators(function).iter().any(|d| {
        let d = unwrap(*d);
        d.kind() == "call"
            && method_name(d, src).is_some_and(|m| {
                matches!(
                    m,
                    "get" | "post" | "put" | "patch" | "delete" | "route" | "api_route"
                )
            })
    })
}

/// `for key, value in data.items(): setattr(obj, key, value)` with a privileged body.
fn check_setattr_loop<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, args: &[Node<'f>]) {
    let src = cx.src();
    let Some(key) = args.get(1).filter(|k| k.kind() == "identifier") else {
        return;
    };
    let key_name = text(*key, src);
    // The nearest loop around the call that binds the key.
    let mut parent = call.parent();
    let mut depth = 0;
    while let Some(p) = parent {
        depth += 1;
        if depth > 8 || p.kind() == "function_definition" {
            return;
        }
        if p.kind() == "for_statement" {
            break;
        }
        parent = p.parent();
    }
    let Some(for_loop) = parent else { return };
    let (Some(left), Some(right)) = (for_loop.field("left"), for_loop.field("right")) else {
        return;
    };
    let binds_key = named_children(left)
        .first()
        .is_some_and(|first| text(*first, src) == key_name)
        || text(left, src) == key_name;
    if !binds_key {
        return;
    }
    let right = unwrap(right);
    let iterated = if right.kind() == "call" && method_name(right, src) == Some("items") {
        receiver(right)
    } else {
        Some(right)
    };
    let Some(iterated) = iterated else { return };
    let target = args.first().map_or("the record", |t| text(*t, src));
    if let Some(Data::Body {
        param,
        shape,
        privileged,
    }) = data_of(cx, iterated, &[target])
        && !privileged.is_empty()
    {
        let message = format!(
            "`{param}` is the request body (`{}`, declared at {}, with {}), and the loop sets each of its fields on `{target}` with `setattr()`: the caller chooses {}.",
            shape.name,
            shape.at,
            field_list(&privileged),
            field_list(&privileged),
        );
        report(cx, call, message, Confidence::High);
    }
}

/// `user.role = body.role`, `user.is_admin = request.json["is_admin"]`.
fn check_attribute_assignment<'f>(cx: &mut CheckContext<'f>, assignment: Node<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if left.kind() != "attribute" {
        return;
    }
    let Some(attribute) = left.field("attribute").map(|a| text(a, src)) else {
        return;
    };
    let object = left.field("object").map_or("", |o| text(o, src));
    if !is_privilege_field_of(attribute, &[object]) {
        return;
    }
    if object == "self" || object.starts_with("request") || object.starts_with("settings") {
        return;
    }
    let Some(flow) = flow_into(cx, right, &[]) else {
        return;
    };
    let message = format!(
        "{} is assigned to `{object}.{attribute}`: the caller chooses the record's `{attribute}`.",
        flow.source()
    );
    cx.report(assignment, message).flow(flow.raw.clone());
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, message: String, confidence: Confidence) {
    cx.report(call, message).confidence(confidence);
}

/// A DRF `ModelSerializer` whose `Meta` writes every field (`fields = "__all__"`, or an
/// `exclude` list) of a model that has privilege fields not made read-only: any view that saves
/// it lets the client set them. Medium confidence: the serializer may only be read.
fn check_model_serializer<'f>(cx: &mut CheckContext<'f>, class: Node<'f>) {
    let src = cx.src();
    let serializer = class.field("superclasses").is_some_and(|bases| {
        named_children(bases)
            .iter()
            .any(|b| text(*b, src).ends_with("ModelSerializer"))
    });
    if !serializer {
        return;
    }
    let Some(body) = class.field("body") else {
        return;
    };
    let mut read_only: Vec<String> = Vec::new();
    let mut meta = None;
    for statement in named_children(body) {
        if statement.kind() == "class_definition"
            && statement
                .field("name")
                .is_some_and(|n| text(n, src) == "Meta")
        {
            meta = Some(statement);
        }
        // `role = serializers.CharField(read_only=True)`: declared on the serializer itself.
        if let Some((name, value)) = class_assignment(statement, src)
            && value.kind() == "call"
            && keyword_arg(value, src, "read_only").is_some_and(|v| text(v, src) == "True")
        {
            read_only.push(name.to_string());
        }
    }
    let Some(meta_body) = meta.and_then(|m| m.field("body")) else {
        return;
    };
    let mut model = None;
    let mut every_field = None;
    let mut excluded: Vec<String> = Vec::new();
    for statement in named_children(meta_body) {
        let Some((name, value)) = class_assignment(statement, src) else {
            continue;
        };
        match name {
            "model" => model = Some(text(value, src).to_string()),
            "fields" if string_value(value, src).as_deref() == Some("__all__") => {
                every_field = Some(statement);
            }
            "exclude" => {
                excluded = string_set(value, src).unwrap_or_default();
                every_field = Some(statement);
            }
            "read_only_fields" => read_only.extend(string_set(value, src).unwrap_or_default()),
            _ => {}
        }
    }
    let (Some(model), Some(at)) = (model, every_field) else {
        return;
    };
    let Some(shape) = shape(cx, &model) else {
        return;
    };
    let writable: Vec<String> = shape
        .privileged(&[])
        .into_iter()
        .filter(|f| !read_only.contains(f) && !excluded.contains(f))
        .collect();
    if writable.is_empty() {
        return;
    }
    let message = format!(
        "The serializer writes every field of `{model}` (declared at {}), {} included and not read-only: a view that saves it with the request's data lets the caller set them.",
        shape.at,
        field_list(&writable),
    );
    cx.report(at, message).confidence(Confidence::Medium);
}

/// `name = value` as a statement of a class body.
fn class_assignment<'f>(statement: Node<'f>, src: &'f str) -> Option<(&'f str, Node<'f>)> {
    let assignment = (statement.kind() == "expression_statement")
        .then(|| statement.named_child(0))
        .flatten()
        .filter(|a| a.kind() == "assignment")?;
    let left = assignment
        .field("left")
        .filter(|l| l.kind() == "identifier")?;
    Some((text(left, src), assignment.field("right")?))
}
