//! `AccountAttributesCreateAttributes`, from `beta/schemas/AccountAttributesCreate.yaml#/properties/attributes`.

/// The schema attribute values for the account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAttributesCreateAttributes {
    /// Target source to create an account
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId", default, deserialize_with = "crate::lenient::string")]
    pub source_id: String,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl AccountAttributesCreateAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(source_id: impl Into<String>) -> Self {
        AccountAttributesCreateAttributes {
            source_id: source_id.into(),
            additional_properties: Default::default(),
        }
    }
}
