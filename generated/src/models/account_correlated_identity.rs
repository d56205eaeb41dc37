//! `AccountCorrelatedIdentity`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml#/properties/identity`.

use crate::models::AccountCorrelatedIdentityType;

/// Identity the account is correlated with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCorrelatedIdentity {
    /// DTO type of the identity the account is correlated with.
    pub r#type: AccountCorrelatedIdentityType,
    /// ID of the identity the account is correlated with.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Display name of the identity the account is correlated with.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountCorrelatedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountCorrelatedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountCorrelatedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
