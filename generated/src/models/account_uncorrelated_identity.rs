//! `AccountUncorrelatedIdentity`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml#/properties/identity`.

use crate::models::AccountUncorrelatedIdentityType;

/// Identity the account is uncorrelated with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountUncorrelatedIdentity {
    /// DTO type of the identity the account is uncorrelated with.
    pub r#type: AccountUncorrelatedIdentityType,
    /// ID of the identity the account is uncorrelated with.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Display name of the identity the account is uncorrelated with.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountUncorrelatedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountUncorrelatedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountUncorrelatedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
