//! `SubscriptionpatchrequestInnerValueVariant4Inner`, from `apis/triggers/schemas/subscriptionpatchrequest.yaml#/items/properties/value/anyOf/3/items`.

/// `SubscriptionpatchrequestInnerValueVariant4Inner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`SubscriptionpatchrequestInnerValueVariant4Inner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionpatchrequestInnerValueVariant4Inner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Integer,
    crate::union::Alternative::AnyObject,
];

impl<'de> serde::Deserialize<'de> for SubscriptionpatchrequestInnerValueVariant4Inner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValueVariant4Inner::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValueVariant4Inner::Integer)
                }
                2 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(SubscriptionpatchrequestInnerValueVariant4Inner::Object)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(SubscriptionpatchrequestInnerValueVariant4Inner::Other(value))
    }
}

impl From<String> for SubscriptionpatchrequestInnerValueVariant4Inner {
    fn from(value: String) -> Self {
        SubscriptionpatchrequestInnerValueVariant4Inner::String(value)
    }
}

impl From<i64> for SubscriptionpatchrequestInnerValueVariant4Inner {
    fn from(value: i64) -> Self {
        SubscriptionpatchrequestInnerValueVariant4Inner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for SubscriptionpatchrequestInnerValueVariant4Inner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SubscriptionpatchrequestInnerValueVariant4Inner::Object(value)
    }
}
