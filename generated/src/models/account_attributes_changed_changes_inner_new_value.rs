//! `AccountAttributesChangedChangesInnerNewValue`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/changes/items/properties/newValue`.

/// The new value of the attribute.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccountAttributesChangedChangesInnerNewValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
}

impl From<String> for AccountAttributesChangedChangesInnerNewValue {
    fn from(value: String) -> Self {
        AccountAttributesChangedChangesInnerNewValue::String(value)
    }
}

impl From<bool> for AccountAttributesChangedChangesInnerNewValue {
    fn from(value: bool) -> Self {
        AccountAttributesChangedChangesInnerNewValue::Bool(value)
    }
}

impl From<Vec<String>> for AccountAttributesChangedChangesInnerNewValue {
    fn from(value: Vec<String>) -> Self {
        AccountAttributesChangedChangesInnerNewValue::Array(value)
    }
}
