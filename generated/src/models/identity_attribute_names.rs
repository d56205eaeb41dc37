//! `IdentityAttributeNames`, from `v3/schemas/identity-attributes/IdentityAttributeNames.yaml`.

/// Identity attribute IDs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityAttributeNames {
    /// List of identity attributes' technical names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
}

impl IdentityAttributeNames {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributeNames {
            ids: None,
        }
    }
}
