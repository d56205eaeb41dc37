//! `Nil`, from `apis/custom-forms/schemas/nil.yaml`.

/// `Nil` as the spec defines it.
pub type Nil = serde_json::Map<String, serde_json::Value>;
