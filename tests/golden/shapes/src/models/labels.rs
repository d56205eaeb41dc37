//! `Labels`, from `openapi.yaml#/components/schemas/Labels`.

/// A named schema that is a map.
pub type Labels = std::collections::BTreeMap<String, String>;
