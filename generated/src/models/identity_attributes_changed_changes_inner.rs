//! `IdentityAttributesChangedChangesInner`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items`.

use crate::models::{
    IdentityAttributesChangedChangesInnerNewValue,
    IdentityAttributesChangedChangesInnerOldValue,
};

/// `IdentityAttributesChangedChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributesChangedChangesInner {
    /// Identity attribute's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub attribute: String,
    /// Identity attribute's previous value before the change.
    #[serde(rename = "oldValue", default, skip_serializing_if = "Option::is_none")]
    pub old_value: Option<IdentityAttributesChangedChangesInnerOldValue>,
    /// Identity attribute's new value after the change.
    #[serde(rename = "newValue", default, skip_serializing_if = "Option::is_none")]
    pub new_value: Option<IdentityAttributesChangedChangesInnerNewValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributesChangedChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attribute: impl Into<String>) -> Self {
        IdentityAttributesChangedChangesInner {
            attribute: attribute.into(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}
