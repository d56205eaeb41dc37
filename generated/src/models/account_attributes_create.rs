//! `AccountAttributesCreate`, from `beta/schemas/AccountAttributesCreate.yaml`.

use crate::models::AccountAttributesCreateAttributes;

/// `AccountAttributesCreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAttributesCreate {
    /// The schema attribute values for the account
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<AccountAttributesCreateAttributes>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAttributesCreate {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attributes: AccountAttributesCreateAttributes) -> Self {
        AccountAttributesCreate {
            attributes: Some(attributes),
            additional_properties: Default::default(),
        }
    }
}
