//! The API diff: what changed between two specs, said in the crate's own names
//! (`client.identities().list_identities()`, `models::Identity::email_address`) and classified
//! by what it does to code written against the older crate.

mod compare;
mod report;
mod surface;

pub use report::{json, markdown};
pub use surface::{Surface, surface};

use crate::model::Api;

/// How a change affects code written against the older crate; ordered from the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Such code may no longer compile, or a value it named is gone: a minor release in 0.x
    /// (a major one from 1.0).
    Breaking,
    /// It compiles and behaves as before, or only what goes on the wire changed: a patch
    /// release in 0.x (a minor one from 1.0).
    Additive,
    /// Only documentation changed: a patch release.
    Docs,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub impact: Impact,
    /// What changed, as a Rust path or call: `models::Identity::email_address`.
    pub item: String,
    /// How it changed: `field added (Option<String>)`.
    pub what: String,
    /// For a breaking change, what a user does about it.
    pub migration: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiDiff {
    /// Every change, breaking first, then by item.
    pub changes: Vec<Change>,
}

impl ApiDiff {
    /// The worst change's impact; `None` when the two APIs are the same.
    pub fn impact(&self) -> Option<Impact> {
        self.changes.iter().map(|c| c.impact).min()
    }

    pub fn of(&self, impact: Impact) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.impact == impact)
    }
}

/// The changes from `old`'s crate to `new`'s.
pub fn diff(old: &Api, new: &Api) -> ApiDiff {
    diff_surfaces(&surface(old), &surface(new))
}

pub fn diff_surfaces(old: &Surface, new: &Surface) -> ApiDiff {
    let mut changes = compare::compare(old, new);
    // Stable: items keep the order `compare` gives them within an impact.
    changes.sort_by_key(|c| c.impact);
    ApiDiff { changes }
}

#[cfg(test)]
mod tests;
