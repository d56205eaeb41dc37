//! `AccountAttributesChangedChangesInnerOldValue`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/changes/items/properties/oldValue`.

/// The previous value of the attribute.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccountAttributesChangedChangesInnerOldValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
}

impl From<String> for AccountAttributesChangedChangesInnerOldValue {
    fn from(value: String) -> Self {
        AccountAttributesChangedChangesInnerOldValue::String(value)
    }
}

impl From<bool> for AccountAttributesChangedChangesInnerOldValue {
    fn from(value: bool) -> Self {
        AccountAttributesChangedChangesInnerOldValue::Bool(value)
    }
}

impl From<Vec<String>> for AccountAttributesChangedChangesInnerOldValue {
    fn from(value: Vec<String>) -> Self {
        AccountAttributesChangedChangesInnerOldValue::Array(value)
    }
}
