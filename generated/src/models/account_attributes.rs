//! `AccountAttributes`, from `beta/schemas/AccountAttributes.yaml`.

/// `AccountAttributes` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAttributes {
    /// The schema attribute values for the account
    #[serde(default)]
    pub attributes: serde_json::Map<String, serde_json::Value>,
}

impl AccountAttributes {
    /// Builds the value from its required fields.
    pub fn new(attributes: serde_json::Map<String, serde_json::Value>) -> Self {
        AccountAttributes { attributes }
    }
}
