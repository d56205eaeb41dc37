//! `Loglevelspec`, from `apis/managed-clusters/schemas/loglevelspec.yaml`.

use crate::models::Standardlevel;

/// Mapping of identifiers to Standard Log Level values
pub type Loglevelspec = std::collections::BTreeMap<String, Standardlevel>;
