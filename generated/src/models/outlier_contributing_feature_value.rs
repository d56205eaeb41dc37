//! `OutlierContributingFeatureValue`, from `beta/schemas/OutlierContributingFeature.yaml#/properties/value`.

/// The feature value
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum OutlierContributingFeatureValue {
    Number(f32),
    Integer(i64),
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
