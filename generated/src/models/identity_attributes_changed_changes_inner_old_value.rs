//! `IdentityAttributesChangedChangesInnerOldValue`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items/properties/oldValue`.

use crate::models::IdentityAttributesChangedChangesInnerOldValueVariant4Value;

/// Identity attribute's previous value before the change.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityAttributesChangedChangesInnerOldValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
    IdentityAttributesChangedChangesInnerOldValueVariant4ValueMap(
        std::collections::BTreeMap<
            String,
            IdentityAttributesChangedChangesInnerOldValueVariant4Value,
        >,
    ),
}

impl From<String> for IdentityAttributesChangedChangesInnerOldValue {
    fn from(value: String) -> Self {
        IdentityAttributesChangedChangesInnerOldValue::String(value)
    }
}

impl From<bool> for IdentityAttributesChangedChangesInnerOldValue {
    fn from(value: bool) -> Self {
        IdentityAttributesChangedChangesInnerOldValue::Bool(value)
    }
}

impl From<Vec<String>> for IdentityAttributesChangedChangesInnerOldValue {
    fn from(value: Vec<String>) -> Self {
        IdentityAttributesChangedChangesInnerOldValue::Array(value)
    }
}

impl From<
    std::collections::BTreeMap<
        String,
        IdentityAttributesChangedChangesInnerOldValueVariant4Value,
    >,
> for IdentityAttributesChangedChangesInnerOldValue {
    fn from(
        value: std::collections::BTreeMap<
            String,
            IdentityAttributesChangedChangesInnerOldValueVariant4Value,
        >,
    ) -> Self {
        IdentityAttributesChangedChangesInnerOldValue::IdentityAttributesChangedChangesInnerOldValueVariant4ValueMap(
            value,
        )
    }
}
