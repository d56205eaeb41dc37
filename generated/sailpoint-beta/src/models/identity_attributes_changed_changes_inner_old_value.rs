//! `IdentityAttributesChangedChangesInnerOldValue`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items/properties/oldValue`.

use crate::models::IdentityAttributesChangedChangesInnerOldValueVariant4Value;

/// Identity attribute's previous value before the change.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`IdentityAttributesChangedChangesInnerOldValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 4] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Boolean,
    crate::union::Alternative::Array,
    crate::union::Alternative::AnyObject,
];

impl<'de> serde::Deserialize<'de> for IdentityAttributesChangedChangesInnerOldValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(IdentityAttributesChangedChangesInnerOldValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(IdentityAttributesChangedChangesInnerOldValue::Bool)
                }
                2 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(IdentityAttributesChangedChangesInnerOldValue::Array)
                }
                3 => {
                    <std::collections::BTreeMap<
                        String,
                        IdentityAttributesChangedChangesInnerOldValueVariant4Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityAttributesChangedChangesInnerOldValue::IdentityAttributesChangedChangesInnerOldValueVariant4ValueMap,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(IdentityAttributesChangedChangesInnerOldValue::Other(value))
    }
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
