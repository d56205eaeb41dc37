//! `AccountAttributes`, from `beta/schemas/AccountAttributes.yaml`.

/// `AccountAttributes` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAttributes {
    /// The schema attribute values for the account
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attributes: serde_json::Map<String, serde_json::Value>) -> Self {
        AccountAttributes {
            attributes,
            additional_properties: Default::default(),
        }
    }
}
