//! `Operation`, from `beta/schemas/forms/Operation.yaml`.

/// `Operation` as the spec defines it.
pub type Operation = std::collections::BTreeMap<
    String,
    serde_json::Map<String, serde_json::Value>,
>;
