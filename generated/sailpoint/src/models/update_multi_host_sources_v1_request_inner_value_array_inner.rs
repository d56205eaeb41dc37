//! `UpdateMultiHostSourcesV1RequestInnerValueArrayInner`, from `apis/multi-host-integration/paths/multihosts-v1-by-multihostid.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/value/oneOf/4/items`.

/// `UpdateMultiHostSourcesV1RequestInnerValueArrayInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateMultiHostSourcesV1RequestInnerValueArrayInner {
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

impl<'de> serde::Deserialize<'de>
for UpdateMultiHostSourcesV1RequestInnerValueArrayInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValueArrayInner::String)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(
                            UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Integer,
                        )
                }
                2 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Object)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Other(value))
    }
}

impl From<String> for UpdateMultiHostSourcesV1RequestInnerValueArrayInner {
    fn from(value: String) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValueArrayInner::String(value)
    }
}

impl From<i64> for UpdateMultiHostSourcesV1RequestInnerValueArrayInner {
    fn from(value: i64) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for UpdateMultiHostSourcesV1RequestInnerValueArrayInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValueArrayInner::Object(value)
    }
}
