//! `SubscriptionpatchrequestInnerValue`, from `apis/triggers/schemas/subscriptionpatchrequest.yaml#/items/properties/value`.

use crate::models::SubscriptionpatchrequestInnerValueVariant4Inner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`SubscriptionpatchrequestInnerValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionpatchrequestInnerValue {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<SubscriptionpatchrequestInnerValueVariant4Inner>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 4] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Integer,
    crate::union::Alternative::AnyObject,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for SubscriptionpatchrequestInnerValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValue::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValue::Integer)
                }
                2 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValue::Object)
                }
                3 => {
                    <Vec<
                        SubscriptionpatchrequestInnerValueVariant4Inner,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(SubscriptionpatchrequestInnerValue::Other(value))
    }
}

impl From<String> for SubscriptionpatchrequestInnerValue {
    fn from(value: String) -> Self {
        SubscriptionpatchrequestInnerValue::String(value)
    }
}

impl From<i64> for SubscriptionpatchrequestInnerValue {
    fn from(value: i64) -> Self {
        SubscriptionpatchrequestInnerValue::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for SubscriptionpatchrequestInnerValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SubscriptionpatchrequestInnerValue::Object(value)
    }
}

impl From<Vec<SubscriptionpatchrequestInnerValueVariant4Inner>>
for SubscriptionpatchrequestInnerValue {
    fn from(value: Vec<SubscriptionpatchrequestInnerValueVariant4Inner>) -> Self {
        SubscriptionpatchrequestInnerValue::Array(value)
    }
}
