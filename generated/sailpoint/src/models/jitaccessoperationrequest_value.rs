//! `JitaccessoperationrequestValue`, from `apis/jit-access/schemas/jitaccessoperationrequest.yaml#/properties/value`.

/// New value. Type depends on **path**: arrays of strings for `/entitlementIds` and `/notificationRecipients`,
/// integer for `*Mins` paths, string for `/notificationTemplate`, boolean for `/applyToFutureAssignments`.
/// Use `null` when clearing nullable fields (for example `/notificationTemplate` or `*Mins` paths).
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`JitaccessoperationrequestValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JitaccessoperationrequestValue {
    Array(Vec<String>),
    Integer(i32),
    String(String),
    Bool(bool),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 4] = [
    crate::union::Alternative::Array,
    crate::union::Alternative::Integer,
    crate::union::Alternative::String,
    crate::union::Alternative::Boolean,
];

impl<'de> serde::Deserialize<'de> for JitaccessoperationrequestValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(JitaccessoperationrequestValue::Array)
                }
                1 => {
                    <i32 as serde::Deserialize>::deserialize(&value)
                        .map(JitaccessoperationrequestValue::Integer)
                }
                2 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(JitaccessoperationrequestValue::String)
                }
                3 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(JitaccessoperationrequestValue::Bool)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(JitaccessoperationrequestValue::Other(value))
    }
}

impl From<Vec<String>> for JitaccessoperationrequestValue {
    fn from(value: Vec<String>) -> Self {
        JitaccessoperationrequestValue::Array(value)
    }
}

impl From<i32> for JitaccessoperationrequestValue {
    fn from(value: i32) -> Self {
        JitaccessoperationrequestValue::Integer(value)
    }
}

impl From<String> for JitaccessoperationrequestValue {
    fn from(value: String) -> Self {
        JitaccessoperationrequestValue::String(value)
    }
}

impl From<bool> for JitaccessoperationrequestValue {
    fn from(value: bool) -> Self {
        JitaccessoperationrequestValue::Bool(value)
    }
}
