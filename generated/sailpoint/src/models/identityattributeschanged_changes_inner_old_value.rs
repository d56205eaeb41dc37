//! `IdentityattributeschangedChangesInnerOldValue`, from `apis/triggers/schemas/identityattributeschanged.yaml#/properties/changes/items/properties/oldValue`.

use crate::models::IdentityattributeschangedChangesInnerOldValueVariant4Value;

/// The value of the identity attribute before it changed.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`IdentityattributeschangedChangesInnerOldValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityattributeschangedChangesInnerOldValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
    IdentityattributeschangedChangesInnerOldValueVariant4ValueMap(
        std::collections::BTreeMap<
            String,
            IdentityattributeschangedChangesInnerOldValueVariant4Value,
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

impl<'de> serde::Deserialize<'de> for IdentityattributeschangedChangesInnerOldValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(IdentityattributeschangedChangesInnerOldValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(IdentityattributeschangedChangesInnerOldValue::Bool)
                }
                2 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(IdentityattributeschangedChangesInnerOldValue::Array)
                }
                3 => {
                    <std::collections::BTreeMap<
                        String,
                        IdentityattributeschangedChangesInnerOldValueVariant4Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityattributeschangedChangesInnerOldValue::IdentityattributeschangedChangesInnerOldValueVariant4ValueMap,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(IdentityattributeschangedChangesInnerOldValue::Other(value))
    }
}

impl From<String> for IdentityattributeschangedChangesInnerOldValue {
    fn from(value: String) -> Self {
        IdentityattributeschangedChangesInnerOldValue::String(value)
    }
}

impl From<bool> for IdentityattributeschangedChangesInnerOldValue {
    fn from(value: bool) -> Self {
        IdentityattributeschangedChangesInnerOldValue::Bool(value)
    }
}

impl From<Vec<String>> for IdentityattributeschangedChangesInnerOldValue {
    fn from(value: Vec<String>) -> Self {
        IdentityattributeschangedChangesInnerOldValue::Array(value)
    }
}

impl From<
    std::collections::BTreeMap<
        String,
        IdentityattributeschangedChangesInnerOldValueVariant4Value,
    >,
> for IdentityattributeschangedChangesInnerOldValue {
    fn from(
        value: std::collections::BTreeMap<
            String,
            IdentityattributeschangedChangesInnerOldValueVariant4Value,
        >,
    ) -> Self {
        IdentityattributeschangedChangesInnerOldValue::IdentityattributeschangedChangesInnerOldValueVariant4ValueMap(
            value,
        )
    }
}
