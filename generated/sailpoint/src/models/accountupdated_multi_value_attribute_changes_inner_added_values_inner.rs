//! `AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner`, from `apis/triggers/schemas/accountupdated.yaml#/properties/multiValueAttributeChanges/items/properties/addedValues/items`.

/// `AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    String(String),
    Bool(bool),
    Number(f64),
    Array(Vec<String>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 4] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Boolean,
    crate::union::Alternative::Number,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de>
for AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(
                            AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::String,
                        )
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(
                            AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Bool,
                        )
                }
                2 => {
                    <f64 as serde::Deserialize>::deserialize(&value)
                        .map(
                            AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Number,
                        )
                }
                3 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(
                            AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Array,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Other(value))
    }
}

impl From<String> for AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    fn from(value: String) -> Self {
        AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::String(value)
    }
}

impl From<bool> for AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    fn from(value: bool) -> Self {
        AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Bool(value)
    }
}

impl From<f64> for AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    fn from(value: f64) -> Self {
        AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Number(value)
    }
}

impl From<Vec<String>>
for AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner {
    fn from(value: Vec<String>) -> Self {
        AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner::Array(value)
    }
}
