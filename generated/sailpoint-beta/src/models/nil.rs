//! `Nil`, from `beta/schemas/forms/Nil.yaml`.

/// `Nil` as the spec defines it.
pub type Nil = serde_json::Map<String, serde_json::Value>;
