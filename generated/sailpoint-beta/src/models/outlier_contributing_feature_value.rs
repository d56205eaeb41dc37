//! `OutlierContributingFeatureValue`, from `beta/schemas/OutlierContributingFeature.yaml#/properties/value`.

/// The feature value
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`OutlierContributingFeatureValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum OutlierContributingFeatureValue {
    Number(f32),
    Integer(i64),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Number,
    crate::union::Alternative::Integer,
];

impl<'de> serde::Deserialize<'de> for OutlierContributingFeatureValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <f32 as serde::Deserialize>::deserialize(&value)
                        .map(OutlierContributingFeatureValue::Number)
                }
                1 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(OutlierContributingFeatureValue::Integer)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(OutlierContributingFeatureValue::Other(value))
    }
}

impl From<f32> for OutlierContributingFeatureValue {
    fn from(value: f32) -> Self {
        OutlierContributingFeatureValue::Number(value)
    }
}

impl From<i64> for OutlierContributingFeatureValue {
    fn from(value: i64) -> Self {
        OutlierContributingFeatureValue::Integer(value)
    }
}
