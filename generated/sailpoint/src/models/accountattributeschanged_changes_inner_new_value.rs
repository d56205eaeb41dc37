//! `AccountattributeschangedChangesInnerNewValue`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/changes/items/properties/newValue`.

/// The new value of the attribute.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`AccountattributeschangedChangesInnerNewValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccountattributeschangedChangesInnerNewValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Boolean,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for AccountattributeschangedChangesInnerNewValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(AccountattributeschangedChangesInnerNewValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(AccountattributeschangedChangesInnerNewValue::Bool)
                }
                2 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(AccountattributeschangedChangesInnerNewValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(AccountattributeschangedChangesInnerNewValue::Other(value))
    }
}

impl From<String> for AccountattributeschangedChangesInnerNewValue {
    fn from(value: String) -> Self {
        AccountattributeschangedChangesInnerNewValue::String(value)
    }
}

impl From<bool> for AccountattributeschangedChangesInnerNewValue {
    fn from(value: bool) -> Self {
        AccountattributeschangedChangesInnerNewValue::Bool(value)
    }
}

impl From<Vec<String>> for AccountattributeschangedChangesInnerNewValue {
    fn from(value: Vec<String>) -> Self {
        AccountattributeschangedChangesInnerNewValue::Array(value)
    }
}
