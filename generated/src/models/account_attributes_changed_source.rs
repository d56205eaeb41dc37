//! `AccountAttributesChangedSource`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/source`.

use crate::models::AccountAttributesChangedSourceType;

/// The source that contains the account.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAttributesChangedSource {
    /// ID of the object to which this reference applies
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The type of object that is referenced
    pub r#type: AccountAttributesChangedSourceType,
    /// Human-readable display name of the object to which this reference applies
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountAttributesChangedSource {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        r#type: AccountAttributesChangedSourceType,
        name: impl Into<String>,
    ) -> Self {
        AccountAttributesChangedSource {
            id: id.into(),
            r#type,
            name: name.into(),
        }
    }
}
