//! `AccountCorrelatedSource`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml#/properties/source`.

use crate::models::AccountCorrelatedSourceType;

/// The source the accounts are being correlated from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCorrelatedSource {
    /// The DTO type of the source the accounts are being correlated from.
    pub r#type: AccountCorrelatedSourceType,
    /// The ID of the source the accounts are being correlated from.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Display name of the source the accounts are being correlated from.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountCorrelatedSource {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountCorrelatedSourceType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountCorrelatedSource {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
