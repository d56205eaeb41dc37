//! `AccountUncorrelatedSource`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml#/properties/source`.

use crate::models::AccountUncorrelatedSourceType;

/// The source the accounts are uncorrelated from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountUncorrelatedSource {
    /// The DTO type of the source the accounts are uncorrelated from.
    pub r#type: AccountUncorrelatedSourceType,
    /// The ID of the source the accounts are uncorrelated from.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Display name of the source the accounts are uncorrelated from.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountUncorrelatedSource {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountUncorrelatedSourceType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountUncorrelatedSource {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
