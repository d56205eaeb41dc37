//! `IdentityAttributesChangedChangesInnerNewValue`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items/properties/newValue`.

use crate::models::IdentityAttributesChangedChangesInnerNewValueVariant4Value;

/// Identity attribute's new value after the change.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityAttributesChangedChangesInnerNewValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
    IdentityAttributesChangedChangesInnerNewValueVariant4ValueMap(
        std::collections::BTreeMap<
            String,
            IdentityAttributesChangedChangesInnerNewValueVariant4Value,
        >,
    ),
}

impl From<String> for IdentityAttributesChangedChangesInnerNewValue {
    fn from(value: String) -> Self {
        IdentityAttributesChangedChangesInnerNewValue::String(value)
    }
}

impl From<bool> for IdentityAttributesChangedChangesInnerNewValue {
    fn from(value: bool) -> Self {
        IdentityAttributesChangedChangesInnerNewValue::Bool(value)
    }
}

impl From<Vec<String>> for IdentityAttributesChangedChangesInnerNewValue {
    fn from(value: Vec<String>) -> Self {
        IdentityAttributesChangedChangesInnerNewValue::Array(value)
    }
}

impl From<
    std::collections::BTreeMap<
        String,
        IdentityAttributesChangedChangesInnerNewValueVariant4Value,
    >,
> for IdentityAttributesChangedChangesInnerNewValue {
    fn from(
        value: std::collections::BTreeMap<
            String,
            IdentityAttributesChangedChangesInnerNewValueVariant4Value,
        >,
    ) -> Self {
        IdentityAttributesChangedChangesInnerNewValue::IdentityAttributesChangedChangesInnerNewValueVariant4ValueMap(
            value,
        )
    }
}
