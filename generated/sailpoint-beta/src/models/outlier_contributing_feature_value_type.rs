//! `OutlierContributingFeatureValueType`, from `beta/schemas/OutlierContributingFeature.yaml#/properties/valueType`.

/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierContributingFeatureValueType {
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierContributingFeatureValueType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierContributingFeatureValueType::Integer => "INTEGER",
            OutlierContributingFeatureValueType::Float => "FLOAT",
            OutlierContributingFeatureValueType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierContributingFeatureValueType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTEGER" => OutlierContributingFeatureValueType::Integer,
            "FLOAT" => OutlierContributingFeatureValueType::Float,
            other => OutlierContributingFeatureValueType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierContributingFeatureValueType);
