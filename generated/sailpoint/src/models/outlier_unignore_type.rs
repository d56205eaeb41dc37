//! `OutlierUnignoreType`, from `apis/iai-outliers/schemas/outlier.yaml#/properties/unignoreType`.

/// Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutlierUnignoreType {
    /// `MANUAL`
    Manual,
    /// `AUTOMATIC`
    Automatic,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutlierUnignoreType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutlierUnignoreType::Manual => "MANUAL",
            OutlierUnignoreType::Automatic => "AUTOMATIC",
            OutlierUnignoreType::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutlierUnignoreType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => OutlierUnignoreType::Manual,
            "AUTOMATIC" => OutlierUnignoreType::Automatic,
            other => OutlierUnignoreType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutlierUnignoreType);
