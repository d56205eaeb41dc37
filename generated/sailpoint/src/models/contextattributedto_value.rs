//! `ContextattributedtoValue`, from `apis/identities/schemas/contextattributedto.yaml#/properties/value`.

/// The value of the attribute.  This can be either a string or a multi-valued string
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ContextattributedtoValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ContextattributedtoValue {
    String(String),
    Array(Vec<String>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for ContextattributedtoValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(ContextattributedtoValue::String)
                }
                1 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(ContextattributedtoValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ContextattributedtoValue::Other(value))
    }
}

impl From<String> for ContextattributedtoValue {
    fn from(value: String) -> Self {
        ContextattributedtoValue::String(value)
    }
}

impl From<Vec<String>> for ContextattributedtoValue {
    fn from(value: Vec<String>) -> Self {
        ContextattributedtoValue::Array(value)
    }
}
