//! `IdentityattributeschangedChangesInnerOldValueVariant4Value`, from `apis/triggers/schemas/identityattributeschanged.yaml#/properties/changes/items/properties/oldValue/oneOf/3/additionalProperties`.

/// `IdentityattributeschangedChangesInnerOldValueVariant4Value` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`IdentityattributeschangedChangesInnerOldValueVariant4Value::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityattributeschangedChangesInnerOldValueVariant4Value {
    String(String),
    Number(f64),
    Integer(i64),
    Bool(bool),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 4] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Number,
    crate::union::Alternative::Integer,
    crate::union::Alternative::Boolean,
];

impl<'de> serde::Deserialize<'de>
for IdentityattributeschangedChangesInnerOldValueVariant4Value {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityattributeschangedChangesInnerOldValueVariant4Value::String,
                        )
                }
                1 => {
                    <f64 as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityattributeschangedChangesInnerOldValueVariant4Value::Number,
                        )
                }
                2 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityattributeschangedChangesInnerOldValueVariant4Value::Integer,
                        )
                }
                3 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(
                            IdentityattributeschangedChangesInnerOldValueVariant4Value::Bool,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(IdentityattributeschangedChangesInnerOldValueVariant4Value::Other(value))
    }
}

impl From<String> for IdentityattributeschangedChangesInnerOldValueVariant4Value {
    fn from(value: String) -> Self {
        IdentityattributeschangedChangesInnerOldValueVariant4Value::String(value)
    }
}

impl From<f64> for IdentityattributeschangedChangesInnerOldValueVariant4Value {
    fn from(value: f64) -> Self {
        IdentityattributeschangedChangesInnerOldValueVariant4Value::Number(value)
    }
}

impl From<i64> for IdentityattributeschangedChangesInnerOldValueVariant4Value {
    fn from(value: i64) -> Self {
        IdentityattributeschangedChangesInnerOldValueVariant4Value::Integer(value)
    }
}

impl From<bool> for IdentityattributeschangedChangesInnerOldValueVariant4Value {
    fn from(value: bool) -> Self {
        IdentityattributeschangedChangesInnerOldValueVariant4Value::Bool(value)
    }
}
