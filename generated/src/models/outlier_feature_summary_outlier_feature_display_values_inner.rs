//! `OutlierFeatureSummaryOutlierFeatureDisplayValuesInner`, from `beta/schemas/OutlierFeatureSummary.yaml#/properties/outlierFeatureDisplayValues/items`.

use crate::models::OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType;

/// `OutlierFeatureSummaryOutlierFeatureDisplayValuesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierFeatureSummaryOutlierFeatureDisplayValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutlierFeatureSummaryOutlierFeatureDisplayValuesInner {
            display_name: None,
            value: None,
            value_type: None,
            additional_properties: Default::default(),
        }
    }
}
