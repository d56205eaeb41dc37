//! `AccountAttributesChangedChangesInner`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/changes/items`.

use crate::models::{
    AccountAttributesChangedChangesInnerNewValue,
    AccountAttributesChangedChangesInnerOldValue,
};

/// `AccountAttributesChangedChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAttributesChangedChangesInner {
    /// The name of the attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub attribute: String,
    /// The previous value of the attribute.
    #[serde(rename = "oldValue", default)]
    pub old_value: Option<AccountAttributesChangedChangesInnerOldValue>,
    /// The new value of the attribute.
    #[serde(rename = "newValue", default)]
    pub new_value: Option<AccountAttributesChangedChangesInnerNewValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAttributesChangedChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attribute: impl Into<String>) -> Self {
        AccountAttributesChangedChangesInner {
            attribute: attribute.into(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}
