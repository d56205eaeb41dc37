//! `Operation2`, from `apis/custom-forms/schemas/operation-2.yaml`.

/// `Operation2` as the spec defines it.
pub type Operation2 = std::collections::BTreeMap<
    String,
    serde_json::Map<String, serde_json::Value>,
>;
