//! The rules: how each difference between two surfaces affects code written against the old
//! crate. Breaking: such code may no longer compile, or a value it named is gone. Additive:
//! it compiles and behaves as before, or only the request on the wire changed (a moved
//! endpoint). Docs: only documentation changed.

use std::collections::{BTreeMap, BTreeSet};

use super::surface::{Field, Input, Method, Shape, Surface, Type};
use super::{Change, Impact};

/// Every change from `old` to `new`, in the order of the items they concern.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    features(old, new, &mut changes);
    for (_, change) in paired(&old.methods, &new.methods) {
        match change {
            Pair::Removed(method) => changes.push(Change::breaking(
                &method.call,
                format!("removed (it sent `{}`)", method.endpoint),
                "the operation is gone from the spec; `client.raw_request` still reaches the endpoint if the server keeps it",
            )),
            Pair::Added(method) => changes.push(Change::additive(
                &method.call,
                format!("added (`{}`)", method.endpoint),
            )),
            Pair::Both(old, new) => method_changes(old, new, &mut changes),
        }
    }
    types(old, new, &mut changes);
    changes
}

fn features(old: &Surface, new: &Surface, changes: &mut Vec<Change>) {
    for feature in old.features.difference(&new.features) {
        changes.push(Change::breaking(
            &format!("feature `{feature}`"),
            "removed".into(),
            "drop it from the crate's `features` in Cargo.toml",
        ));
    }
    for feature in new.features.difference(&old.features) {
        changes.push(Change::additive(
            &format!("feature `{feature}`"),
            "added".into(),
        ));
    }
}

fn method_changes(old: &Method, new: &Method, changes: &mut Vec<Change>) {
    let item = &old.call;
    if old.call != new.call {
        // The operation's tag changed: the same request, from another API area.
        changes.push(Change::breaking(
            item,
            format!("moved to `{}`", new.call),
            &format!("call `{}`", new.call),
        ));
    }
    if old.endpoint != new.endpoint {
        changes.push(Change::additive(
            item,
            format!("now sends `{}` (was `{}`)", new.endpoint, old.endpoint),
        ));
    }
    deprecation(item, old.deprecated, new.deprecated, changes);
    inputs(item, old, new, changes);
    if old.returns != new.returns {
        changes.push(Change::breaking(
            item,
            format!(
                "`send()` now returns {} (was {})",
                returns(&new.returns),
                returns(&old.returns)
            ),
            "read the response as its new type",
        ));
    }
    if docs_changed(&old.docs, &new.docs) {
        changes.push(Change::docs(item));
    }
}

/// Whether the documentation of something on both sides changed: an input or field added or
/// removed is a change of its own.
fn docs_changed(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> bool {
    old.iter()
        .any(|(key, text)| new.get(key).is_some_and(|now| now != text))
}

/// Deprecating, or taking a deprecation back, warns at most: additive.
fn deprecation(item: &str, was: bool, is: bool, changes: &mut Vec<Change>) {
    if was != is {
        let what = if is {
            "deprecated"
        } else {
            "no longer deprecated"
        };
        changes.push(Change::additive(item, what.into()));
    }
}

fn returns(by_status: &[String]) -> String {
    if by_status.is_empty() {
        return "nothing".into();
    }
    by_status
        .iter()
        .map(|r| format!("`{r}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The method's arguments and setters: an argument is positional, so any change to the list
/// breaks a call; a setter added is additive.
fn inputs(item: &str, old: &Method, new: &Method, changes: &mut Vec<Change>) {
    let old_args: BTreeMap<&str, &Input> =
        old.arguments.iter().map(|a| (a.name.as_str(), a)).collect();
    let new_args: BTreeMap<&str, &Input> =
        new.arguments.iter().map(|a| (a.name.as_str(), a)).collect();
    for (name, arg) in &old_args {
        match (new_args.get(name), new.setters.get(*name)) {
            (Some(now), _) if now.ty != arg.ty => changes.push(Change::breaking(
                item,
                format!("argument `{name}` is now `{}` (was `{}`)", now.ty, arg.ty),
                "pass a value of the new type",
            )),
            (Some(_), _) => {}
            (None, Some(_)) => changes.push(Change::breaking(
                item,
                format!("`{name}` is now optional: an argument no longer"),
                &format!("drop the argument and call `.{name}(…)` on the request"),
            )),
            (None, None) => changes.push(Change::breaking(
                item,
                format!("argument `{name}` removed"),
                "drop the argument",
            )),
        }
    }
    for (name, arg) in &new_args {
        if old_args.contains_key(name) {
            continue;
        }
        let (what, hint) = if old.setters.contains_key(*name) {
            (
                format!("`{name}` is now required: an argument (`{}`)", arg.ty),
                format!("pass it to the method instead of `.{name}(…)`"),
            )
        } else {
            (
                format!("new required argument `{name}: {}`", arg.ty),
                "pass a value for it".into(),
            )
        };
        changes.push(Change::breaking(item, what, &hint));
    }
    let order = |args: &[Input]| -> Vec<String> {
        args.iter()
            .filter(|a| {
                old_args.contains_key(a.name.as_str()) && new_args.contains_key(a.name.as_str())
            })
            .map(|a| a.name.clone())
            .collect()
    };
    if order(&old.arguments) != order(&new.arguments) {
        changes.push(Change::breaking(
            item,
            format!("arguments reordered: ({})", names(&new.arguments)),
            "pass the arguments in the new order",
        ));
    }
    for (name, setter) in &old.setters {
        match new.setters.get(name) {
            Some(now) if now.ty != setter.ty => changes.push(Change::breaking(
                item,
                format!("`.{name}(…)` now takes `{}` (was `{}`)", now.ty, setter.ty),
                "pass a value of the new type",
            )),
            Some(_) => {}
            None if new_args.contains_key(name.as_str()) => {}
            None => changes.push(Change::breaking(
                item,
                format!("`.{name}(…)` removed"),
                "stop setting it",
            )),
        }
    }
    for (name, setter) in &new.setters {
        if !old.setters.contains_key(name) && !old_args.contains_key(name.as_str()) {
            changes.push(Change::additive(
                item,
                format!("new optional `.{name}({})`", setter.ty),
            ));
        }
    }
}

fn names(args: &[Input]) -> String {
    args.iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn types(old: &Surface, new: &Surface, changes: &mut Vec<Change>) {
    let removed: Vec<(&String, &Type)> = old
        .types
        .iter()
        .filter(|(name, _)| !new.types.contains_key(*name))
        .collect();
    let added: BTreeMap<&String, &Type> = new
        .types
        .iter()
        .filter(|(name, _)| !old.types.contains_key(*name))
        .collect();
    // A type removed and one added with the same shape: the spec renamed the schema.
    let mut renamed_to: BTreeSet<&String> = BTreeSet::new();
    for (name, ty) in &removed {
        let item = format!("models::{name}");
        let twin = added
            .iter()
            .find(|(other, candidate)| candidate.shape == ty.shape && !renamed_to.contains(*other));
        match twin {
            Some((other, _)) => {
                renamed_to.insert(other);
                changes.push(Change::breaking(
                    &item,
                    format!("renamed to `models::{other}`"),
                    &format!("use `models::{other}`"),
                ));
            }
            None => changes.push(Change::breaking(
                &item,
                format!("{} removed", ty.shape.kind()),
                "the spec no longer has this schema",
            )),
        }
    }
    for (name, ty) in &added {
        if !renamed_to.contains(name) {
            changes.push(Change::additive(
                &format!("models::{name}"),
                format!("{} added", ty.shape.kind()),
            ));
        }
    }
    for (name, old_ty) in &old.types {
        if let Some(new_ty) = new.types.get(name) {
            type_changes(&format!("models::{name}"), old_ty, new_ty, changes);
        }
    }
}

fn type_changes(item: &str, old: &Type, new: &Type, changes: &mut Vec<Change>) {
    deprecation(item, old.deprecated, new.deprecated, changes);
    match (&old.shape, &new.shape) {
        (
            Shape::Struct {
                fields: old_fields,
                constructor: old_new,
                ..
            },
            Shape::Struct {
                fields: new_fields,
                constructor: new_new,
                exhaustive,
            },
        ) => {
            struct_fields(item, old_fields, new_fields, *exhaustive, changes);
            if old_new != new_new {
                changes.push(Change::breaking(
                    item,
                    format!(
                        "`new` takes ({}) (was ({}))",
                        new_new.join(", "),
                        old_new.join(", ")
                    ),
                    "pass the new constructor arguments",
                ));
            }
        }
        (Shape::Enum { values: old_values }, Shape::Enum { values: new_values }) => {
            for (value, variant) in old_values {
                match new_values.get(value) {
                    None => changes.push(Change::breaking(
                        &format!("{item}::{variant}"),
                        format!("removed (`{value}`)"),
                        &format!("the value now reads as `{item}::Unknown(\"{value}\")`"),
                    )),
                    Some(now) if now != variant => changes.push(Change::breaking(
                        &format!("{item}::{variant}"),
                        format!("renamed to `{item}::{now}`"),
                        &format!("use `{item}::{now}`"),
                    )),
                    Some(_) => {}
                }
            }
            for (value, variant) in new_values {
                if !old_values.contains_key(value) {
                    // String enums are `#[non_exhaustive]`: a match already has a wildcard arm.
                    changes.push(Change::additive(
                        &format!("{item}::{variant}"),
                        format!("added (`{value}`)"),
                    ));
                }
            }
        }
        (
            Shape::Union {
                alternatives: old_alternatives,
                ..
            },
            Shape::Union {
                alternatives: new_alternatives,
                exhaustive,
            },
        ) => {
            for (variant, ty) in old_alternatives {
                match new_alternatives.get(variant) {
                    None => changes.push(Change::breaking(
                        &format!("{item}::{variant}"),
                        "removed".into(),
                        "drop its match arm",
                    )),
                    Some(now) if now != ty => changes.push(Change::breaking(
                        &format!("{item}::{variant}"),
                        format!("now holds `{now}` (was `{ty}`)"),
                        "read the value as its new type",
                    )),
                    Some(_) => {}
                }
            }
            for (variant, ty) in new_alternatives {
                if !old_alternatives.contains_key(variant) {
                    let item = format!("{item}::{variant}");
                    let what = format!("added (holds `{ty}`)");
                    changes.push(if *exhaustive {
                        Change::breaking(&item, what, "add a match arm for it")
                    } else {
                        Change::additive(&item, what)
                    });
                }
            }
        }
        (Shape::Alias { target: old_target }, Shape::Alias { target: new_target }) => {
            if old_target != new_target {
                changes.push(Change::breaking(
                    item,
                    format!("now stands for `{new_target}` (was `{old_target}`)"),
                    "use values of the new type",
                ));
            }
        }
        (old_shape, new_shape) => changes.push(Change::breaking(
            item,
            format!("now a {} (was a {})", new_shape.kind(), old_shape.kind()),
            "see the type's new documentation",
        )),
    }
    if docs_changed(&old.docs, &new.docs) {
        changes.push(Change::docs(item));
    }
}

fn struct_fields(
    item: &str,
    old: &BTreeMap<String, Field>,
    new: &BTreeMap<String, Field>,
    exhaustive: bool,
    changes: &mut Vec<Change>,
) {
    for (name, field) in old {
        let place = format!("{item}::{name}");
        match new.get(name) {
            None => changes.push(Change::breaking(
                &place,
                "field removed".into(),
                "stop reading or setting it",
            )),
            Some(now) if now.ty != field.ty => {
                let hint = if now.ty == format!("Option<{}>", field.ty) {
                    "it may now be absent: read it as an `Option`"
                } else if field.ty == format!("Option<{}>", now.ty) {
                    "it is now always there: drop the `Option` handling"
                } else {
                    "read and set it as its new type"
                };
                changes.push(Change::breaking(
                    &place,
                    format!("now `{}` (was `{}`)", now.ty, field.ty),
                    hint,
                ));
            }
            Some(now) => {
                if now.json_name != field.json_name {
                    changes.push(Change::additive(
                        &place,
                        format!(
                            "now the member `{}` (was `{}`)",
                            now.json_name, field.json_name
                        ),
                    ));
                }
                deprecation(&place, field.deprecated, now.deprecated, changes);
            }
        }
    }
    for (name, field) in new {
        if old.contains_key(name) {
            continue;
        }
        let place = format!("{item}::{name}");
        let what = format!("field added (`{}`)", field.ty);
        changes.push(if exhaustive {
            Change::breaking(
                &place,
                what,
                "struct literals must set it; build the value with `new` to be spared this",
            )
        } else {
            Change::additive(&place, what)
        });
    }
}

enum Pair<'a, T> {
    Removed(&'a T),
    Added(&'a T),
    Both(&'a T, &'a T),
}

/// The entries of two maps, matched by key, in key order.
fn paired<'a, T>(
    old: &'a BTreeMap<String, T>,
    new: &'a BTreeMap<String, T>,
) -> Vec<(&'a str, Pair<'a, T>)> {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter_map(|key| {
            let pair = match (old.get(key), new.get(key)) {
                (Some(a), Some(b)) => Pair::Both(a, b),
                (Some(a), None) => Pair::Removed(a),
                (None, Some(b)) => Pair::Added(b),
                (None, None) => return None,
            };
            Some((key.as_str(), pair))
        })
        .collect()
}

impl Impact {
    pub fn label(self) -> &'static str {
        match self {
            Impact::Breaking => "breaking",
            Impact::Additive => "additive",
            Impact::Docs => "docs",
        }
    }
}

impl Change {
    fn breaking(item: &str, what: String, migration: &str) -> Change {
        Change {
            impact: Impact::Breaking,
            item: item.to_owned(),
            what,
            migration: Some(migration.to_owned()),
        }
    }

    fn additive(item: &str, what: String) -> Change {
        Change {
            impact: Impact::Additive,
            item: item.to_owned(),
            what,
            migration: None,
        }
    }

    fn docs(item: &str) -> Change {
        Change {
            impact: Impact::Docs,
            item: item.to_owned(),
            what: "documentation changed".into(),
            migration: None,
        }
    }
}
