//! `OutlierFeatureSummaryOutlierFeatureDisplayValuesInner`, from `beta/schemas/OutlierFeatureSummary.yaml#/properties/outlierFeatureDisplayValues/items`.

use crate::models::OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType;

/// `OutlierFeatureSummaryOutlierFeatureDisplayValuesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutlierFeatureSummaryOutlierFeatureDisplayValuesInner {
    /// display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The data type of the value field
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<
        OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType,
    >,
}

impl OutlierFeatureSummaryOutlierFeatureDisplayValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierFeatureSummaryOutlierFeatureDisplayValuesInner {
            display_name: None,
            value: None,
            value_type: None,
        }
    }
}
