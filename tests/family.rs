//! The crates this repository generates and checks in, one per SailPoint API: each has its
//! folder under `generated/`, its pin under `spec/` and its root document in the spec tree.

use std::path::{Path, PathBuf};

/// One generated crate of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The crate's name, which is also its folder's under `generated/` and its pin's under
    /// `spec/` (`spec/sailpoint-beta.pin.toml`).
    pub name: &'static str,
    /// The root document's file in the spec tree's `idn/` folder.
    pub root_file: &'static str,
}

/// SailPoint's beta API: `sailpoint-beta`.
pub const BETA: Member = Member {
    name: "sailpoint-beta",
    root_file: "sailpoint-api.beta.yaml",
};

/// SailPoint's versioned API (`/identities/v1`): `sailpoint`.
pub const VERSIONED: Member = Member {
    name: "sailpoint",
    root_file: "sailpoint-api.root.yaml",
};

/// Every member, in the order they are generated and tested.
pub const MEMBERS: [Member; 2] = [BETA, VERSIONED];

impl Member {
    /// The crate's checked-in folder.
    pub fn folder(&self, project_root: &Path) -> PathBuf {
        project_root.join("generated").join(self.name)
    }

    /// The crate's name in Rust paths: `sailpoint_beta`.
    pub fn lib_name(&self) -> String {
        self.name.replace('-', "_")
    }

    /// The member's root document beside `beta_root`, the beta root document a command was given
    /// (`SAILPOINT_SPEC`, `--spec`): every root is in the same `idn/` folder of one tree.
    pub fn root_beside(&self, beta_root: &Path) -> PathBuf {
        beta_root
            .parent()
            .unwrap_or(Path::new("."))
            .join(self.root_file)
    }

    /// The member named `name`.
    pub fn named(name: &str) -> Result<Member, String> {
        MEMBERS
            .into_iter()
            .find(|member| member.name == name)
            .ok_or_else(|| {
                let names: Vec<&str> = MEMBERS.iter().map(|m| m.name).collect();
                format!(
                    "no crate `{name}` in the family; it has {}",
                    names.join(", ")
                )
            })
    }
}
