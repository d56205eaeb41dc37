//! `OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType`, from `beta/schemas/OutlierFeatureSummary.yaml#/properties/outlierFeatureDisplayValues/items/properties/valueType`.

/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType {
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Integer => {
                "INTEGER"
            }
            OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Float => {
                "FLOAT"
            }
            OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTEGER" => {
                OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Integer
            }
            "FLOAT" => {
                OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Float
            }
            other => {
                OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType
);
