//! `LogLevelSpec`, from `beta/schemas/LogLevelSpec.yaml`.

use crate::models::StandardLevel;

/// Mapping of identifiers to Standard Log Level values
pub type LogLevelSpec = std::collections::BTreeMap<String, StandardLevel>;
