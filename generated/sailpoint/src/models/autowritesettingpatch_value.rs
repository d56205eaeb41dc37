//! `AutowritesettingpatchValue`, from `apis/suggested-entitlement-description/schemas/autowritesettingpatch.yaml#/properties/value`.

/// The new value for the field
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`AutowritesettingpatchValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AutowritesettingpatchValue {
    Bool(bool),
    Array(Vec<String>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Boolean,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for AutowritesettingpatchValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(AutowritesettingpatchValue::Bool)
                }
                1 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(AutowritesettingpatchValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(AutowritesettingpatchValue::Other(value))
    }
}

impl From<bool> for AutowritesettingpatchValue {
    fn from(value: bool) -> Self {
        AutowritesettingpatchValue::Bool(value)
    }
}

impl From<Vec<String>> for AutowritesettingpatchValue {
    fn from(value: Vec<String>) -> Self {
        AutowritesettingpatchValue::Array(value)
    }
}
