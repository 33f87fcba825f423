use super::sinks::{sink_name, tainted_flow, unconverted_flow};
use crate::privilege::{Shape, field_list, is_privilege_field, is_privilege_field_of, shape};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{
    arguments, callee, callee_path, method_name, pair_key, receiver, unwrap,
};
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::{BoundValue, Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data that sets a privilege field of a record — `role`, `roles`, `permissions`,
    /// `isAdmin`, `isSuperuser`, `plan`, `tier`, `quota`, `credits`, `balance`,
    /// `organizationId`, `tenantId`, `ownerId`, `emailVerified`, `isActive` — on an endpoint
    /// that does not require a role:
    /// - one field named in a create or update: `User.create({ email, password, role:
    ///   req.body.role })`, `{ role }` destructured from `req.body`, `user.isAdmin =
    ///   body.isAdmin`, Prisma `data: { role: input.role }`;
    /// - the whole body (`req.body`, `{ ...req.body }`, a NestJS `@Body()` DTO, the output of a
    ///   zod schema) written into a model (`Model.create`, `new Model`, `findByIdAndUpdate`,
    ///   `Object.assign(user, …)`, `user.set(…)`, `repository.save/update/merge`) when the
    ///   schema seen in the repository has such a field: the Mongoose/Sequelize schema of the
    ///   model, the DTO class (its `PartialType`/`OmitType`/`PickType` bases followed, in any
    ///   module), the zod object (after `.omit`/`.pick`);
    /// - a NestJS `@Body()` DTO that declares such a field, handed whole to a method named for
    ///   a create or update (`this.usersService.update(id, dto)`), medium confidence: the
    ///   service may still pick its fields. A `ValidationPipe` with `whitelist: true` does not
    ///   help: it keeps every field the DTO declares.
    ///
    /// Findings whose every endpoint requires a role are dropped once the report ties them to
    /// their endpoints; the endpoints that reach the others are named with the finding.
    ///
    /// ## Why it matters
    /// A registration, profile or "me" endpoint that stores the caller's `role` or `isAdmin`
    /// lets anyone make themselves an administrator, join another tenant or lift their plan by
    /// adding one key to the request.
    ///
    /// ## Not reported
    /// Fields given a server-side value (`role: 'user'`, `ownerId: req.user.id`), DTOs and
    /// schemas without privilege fields, `_.pick(req.body, …)` and zod `.pick/.omit` that leave
    /// none, whole-body writes into models whose schema is not found (see `js.mass-assignment`),
    /// and handlers whose every endpoint requires a role.
    ///
    /// ## Example
    /// ```js
    /// const { email, password, role } = req.body;
    /// await User.create({ email, password, role });        // reported
    /// await User.create({ email, password, role: 'user' }); // fine
    /// ```
    pub struct PrivilegeFieldAssignment {
        id: "js.privilege-field-assignment",
        title: "Request data sets a privilege field of a record",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [915, 269],
        owasp: A01,
        effort: Hours,
        impact: "Any caller of the endpoint can give themselves a role, an administrator flag, another tenant, a higher plan or quota, or a verified address by adding the field to the request.",
        recommendation: "Set roles, plans, tenants and verification flags on the server (`role: 'user'`); give self-service and registration endpoints a DTO or schema without privilege fields (`OmitType(CreateUserDto, ['role'])`, zod `.omit({ role: true })`) or copy an allow-list of fields, and change privileges only on endpoints that require an administrator.",
        verification: "Send the request with `\"role\": \"admin\"` (or `\"isAdmin\": true`) as an ordinary user and check that the stored record did not change it.",
        quiet_behind_role: true,
    }
}

impl CodeRule for PrivilegeFieldAssignment {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression", "assignment_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        match node.kind() {
            "assignment_expression" => check_assignment(cx, node),
            _ => check_write(cx, node),
        }
    }
}

/// What a value written into a record carries.
enum Data {
    /// A value whose fields a schema of the repository declares: a `@Body()` DTO, a zod
    /// schema's output.
    Typed {
        what: String,
        shape: Shape,
        privileged: Vec<String>,
    },
    /// The request body itself (`req.body`, `{ ...req.body }`): the client picks its fields.
    Body(String),
}

/// Methods that write the object they are given into a record.
const WRITE_METHODS: &[&str] = &[
    "create",
    "insert",
    "insertOne",
    "insertMany",
    "update",
    "updateOne",
    "updateMany",
    "findByIdAndUpdate",
    "findOneAndUpdate",
    "findOneAndReplace",
    "replaceOne",
    "upsert",
    "save",
    "merge",
    "set",
    "build",
    "bulkCreate",
    "assign",
];

/// A method named for creating or updating a record: `create`, `updateUser`, `createOne`.
fn is_write_name(name: &str) -> bool {
    WRITE_METHODS.contains(&name)
        || ["create", "update", "register", "upsert", "patch"]
            .iter()
            .any(|verb| {
                name.strip_prefix(verb)
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            })
}

fn check_write<'f>(cx: &mut CheckContext<'f>, call: Node<'f>) {
    let src = cx.src();
    let (name, constructor) = if call.kind() == "new_expression" {
        let Some(class) = call.field("constructor").map(|c| text(c, src)) else {
            return;
        };
        let last = class.rsplit('.').next().unwrap_or(class);
        if !last.starts_with(|c: char| c.is_ascii_uppercase())
            || last.ends_with("Error")
            || last.ends_with("Dto")
            || last.ends_with("Schema")
            || matches!(
                last,
                "URL" | "Date" | "Map" | "Set" | "Promise" | "Response"
            )
        {
            return;
        }
        (last, true)
    } else {
        match method_name(call, src) {
            Some(n) if is_write_name(n) => (n, false),
            _ => return,
        }
    };
    let args = arguments(call);
    let sink = if constructor {
        format!("new {name}")
    } else {
        sink_name(call, src)
    };
    // The record written, by name: `Object.assign(user, …)` names it first.
    let record = match (name, args.first()) {
        ("assign", Some(first)) => format!("{sink} {}", text(*first, src)),
        _ => sink.clone(),
    };
    // One privilege field set from the request.
    for arg in &args {
        let object = unwrap(cx.js_taint().resolve(*arg));
        if object.kind() == "object"
            && let Some((property, key, flow_source)) = privileged_property(cx, object, &record, 0)
        {
            let message = format!(
                "{flow_source} sets `{key}` in `{sink}()`: the caller chooses the record's `{key}`."
            );
            cx.report(property, message).confidence(Confidence::High);
            return;
        }
    }
    // The whole body written into a record, or handed to a service that may still pick.
    let service = receiver(call).is_some_and(|r| {
        let r = text(r, src);
        let last = r.rsplit('.').next().unwrap_or(r).to_ascii_lowercase();
        last.ends_with("service") || last.ends_with("controller")
    });
    let direct = constructor || (WRITE_METHODS.contains(&name) && !service);
    for arg in &args {
        let Some(data) = data_of(cx, *arg, &record) else {
            continue;
        };
        match data {
            Data::Typed {
                what,
                shape,
                privileged,
            } if !privileged.is_empty() => {
                let (how, confidence) = if direct {
                    (
                        "writes its fields into the record wholesale: the caller chooses",
                        Confidence::High,
                    )
                } else {
                    (
                        "receives it whole: unless that function picks its fields, the caller chooses",
                        Confidence::Medium,
                    )
                };
                let message = format!(
                    "{what} (`{}`, declared at {}, with {}) and `{sink}()` {how} {}.",
                    shape.name,
                    shape.at,
                    field_list(&privileged),
                    field_list(&privileged),
                );
                cx.report(call, message).confidence(confidence);
                return;
            }
            Data::Body(source) if direct => {
                let Some(model) = model_shape(cx, call, constructor.then_some(name)) else {
                    continue;
                };
                let privileged = model.privileged(&[]);
                if privileged.is_empty() {
                    continue;
                }
                let message = format!(
                    "`{source}` is written into `{}` wholesale by `{sink}()`, and its schema (declared at {}) has {}: the caller sets them by adding them to the request.",
                    model.name,
                    model.at,
                    field_list(&privileged),
                );
                cx.report(call, message).confidence(Confidence::High);
                return;
            }
            _ => {}
        }
    }
}

/// A property of `object` (or of its `data` / `$set` / `create` / `update` object) whose key
/// is a privilege field and whose value comes from the request: the property, its key and
/// where the data entered.
fn privileged_property<'f>(
    cx: &CheckContext<'f>,
    object: Node<'f>,
    record: &str,
    depth: u32,
) -> Option<(Node<'f>, String, String)> {
    let src = cx.src();
    for child in named_children(object) {
        match child.kind() {
            "pair" => {
                let key = pair_key(child, src)?;
                let value = child.field("value")?;
                if is_privilege_field(key) {
                    if !is_privilege_field_of(key, &[record]) {
                        continue;
                    }
                    if let Some(source) = request_source(cx, value) {
                        return Some((child, key.to_string(), source));
                    }
                } else if depth == 0
                    && matches!(key, "data" | "$set" | "create" | "update")
                    && unwrap(value).kind() == "object"
                    && let Some(found) = privileged_property(cx, unwrap(value), record, depth + 1)
                {
                    return Some(found);
                }
            }
            "shorthand_property_identifier" => {
                let key = text(child, src);
                if is_privilege_field_of(key, &[record])
                    && let Some(source) = request_source(cx, child)
                {
                    return Some((child, key.to_string(), source));
                }
            }
            _ => {}
        }
    }
    None
}

/// Where request data in `value` entered, worded for a message: "`req.body.role` (line 4)".
fn request_source<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> Option<String> {
    let flow = unconverted_flow(cx, value).or_else(|| tainted_flow(cx, value))?;
    if flow.is_pending() {
        return None;
    }
    let line = flow.trace.line;
    let at = value.start_position().row as u32 + 1;
    Some(if line == at {
        format!("`{}`", flow.trace.source)
    } else {
        format!("`{}` (line {line})", flow.trace.source)
    })
}

/// What a value written into a record is: the request body, a spread of it, a typed DTO
/// parameter or a zod schema's output.
fn data_of<'f>(cx: &CheckContext<'f>, value: Node<'f>, record: &str) -> Option<Data> {
    let src = cx.src();
    let mut node = unwrap(cx.js_taint().resolve(value));
    for _ in 0..4 {
        match node.kind() {
            "object" => {
                // `{ ...req.body }`, `{ ...dto, updatedAt: new Date() }`.
                let spread = named_children(node)
                    .into_iter()
                    .find(|c| c.kind() == "spread_element")?;
                node = unwrap(cx.js_taint().resolve(spread.named_child(0)?));
            }
            "await_expression" => node = unwrap(node.named_child(0)?),
            "call_expression" => {
                // `schema.parse(req.body)`: the schema's fields.
                let name = method_name(node, src)?;
                if !matches!(name, "parse" | "parseAsync" | "validateSync") {
                    return None;
                }
                let schema = receiver(node)?;
                if unwrap(schema).kind() != "identifier" {
                    return None;
                }
                let parsed = arguments(node).into_iter().next()?;
                unconverted_flow(cx, parsed)?;
                let shape = shape(cx, text(schema, src))?;
                let privileged = shape.privileged(&[record]);
                return Some(Data::Typed {
                    what: format!(
                        "`{}` is the request body parsed by a schema",
                        text(value, src)
                    ),
                    shape,
                    privileged,
                });
            }
            "identifier" => {
                if let Some(data) = dto_param(cx, node, record) {
                    return Some(data);
                }
                return whole_body(cx, node);
            }
            "member_expression" => return whole_body(cx, node),
            _ => return None,
        }
    }
    None
}

/// `req.body`, `ctx.request.body`, a `{ body }` parameter: the whole body, not one field.
fn whole_body<'f>(cx: &CheckContext<'f>, node: Node<'f>) -> Option<Data> {
    let flow = unconverted_flow(cx, node)?;
    let source = flow.trace.source.trim();
    let whole =
        matches!(
            source,
            "req.body" | "request.body" | "ctx.request.body" | "{ body }"
        ) || source.ends_with(".body") && !source.contains('[') && source.matches('.').count() <= 2;
    whole.then(|| Data::Body(source.to_string()))
}

/// A NestJS `@Body() dto: UpdateUserDto` parameter and its class's fields.
fn dto_param<'f>(cx: &CheckContext<'f>, ident: Node<'f>, record: &str) -> Option<Data> {
    let src = cx.src();
    let bindings = cx.js_taint().bindings(ident);
    let Some(BoundValue::Param(param)) = bindings.last() else {
        return None;
    };
    let mut param = *param;
    while !matches!(param.kind(), "required_parameter" | "optional_parameter") {
        param = param.parent()?;
    }
    let decorated = named_children(param).into_iter().any(|c| {
        c.kind() == "decorator"
            && c.named_child(0).is_some_and(|d| {
                let d = if d.kind() == "call_expression" {
                    callee(d).unwrap_or(d)
                } else {
                    d
                };
                text(d, src) == "Body"
            })
    });
    if !decorated {
        return None;
    }
    let annotation = param.field("type")?.named_child(0)?;
    if annotation.kind() != "type_identifier" {
        return None;
    }
    let class = text(annotation, src);
    let shape = shape(cx, class)?;
    let privileged = shape.privileged(&[record]);
    Some(Data::Typed {
        what: format!("`{}` is the request body", text(ident, src)),
        shape,
        privileged,
    })
}

/// The schema of the model a call writes into: `User` in `User.create(…)`, `new User(…)`,
/// `User.findByIdAndUpdate(…)`, and `user` in `Object.assign(user, …)` / `user.set(…)` when
/// `user` was loaded with `User.findById(…)`.
fn model_shape<'f>(
    cx: &CheckContext<'f>,
    call: Node<'f>,
    constructed: Option<&str>,
) -> Option<Shape> {
    let src = cx.src();
    if let Some(class) = constructed {
        return shape(cx, class);
    }
    let target = if callee_path(call, src).as_deref() == Some("Object.assign") {
        arguments(call).into_iter().next()?
    } else {
        receiver(call)?
    };
    let target = unwrap(target);
    if target.kind() == "identifier" {
        let name = text(target, src);
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return shape(cx, name);
        }
        // `const user = await User.findById(id)`.
        let loaded = unwrap(cx.js_taint().resolve(target));
        let loaded = if loaded.kind() == "await_expression" {
            unwrap(loaded.named_child(0)?)
        } else {
            loaded
        };
        if loaded.kind() == "call_expression" {
            let mut head = receiver(loaded)?;
            while let Some(inner) = (head.kind() == "call_expression")
                .then(|| receiver(head))
                .flatten()
            {
                head = inner;
            }
            let class = text(unwrap(head), src);
            if class.starts_with(|c: char| c.is_ascii_uppercase()) {
                return shape(cx, class);
            }
        }
    }
    None
}

/// `user.role = req.body.role`.
fn check_assignment<'f>(cx: &mut CheckContext<'f>, assignment: Node<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if left.kind() != "member_expression" {
        return;
    }
    let Some(property) = left.field("property").map(|p| text(p, src)) else {
        return;
    };
    let object = left.field("object").map_or("", |o| text(o, src));
    if !is_privilege_field_of(property, &[object]) {
        return;
    }
    if object == "this"
        || object.starts_with("req")
        || object.starts_with("ctx")
        || object.starts_with("res")
        || object.starts_with("process")
    {
        return;
    }
    let Some(source) = request_source(cx, right) else {
        return;
    };
    let message = format!(
        "{source} is assigned to `{object}.{property}`: the caller chooses the record's `{property}`."
    );
    cx.report(assignment, message).confidence(Confidence::High);
}
