//! `AccountAttributesCreate`, from `beta/schemas/AccountAttributesCreate.yaml`.

use crate::models::AccountAttributesCreateAttributes;

/// `AccountAttributesCreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAttributesCreate {
    /// The schema attribute values for the account
    pub attributes: AccountAttributesCreateAttributes,
}

impl AccountAttributesCreate {
    /// Builds the value from its required fields.
    pub fn new(attributes: AccountAttributesCreateAttributes) -> Self {
        AccountAttributesCreate {
            attributes,
        }
    }
}
