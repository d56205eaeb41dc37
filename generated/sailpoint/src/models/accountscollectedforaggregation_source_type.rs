//! `AccountscollectedforaggregationSourceType`, from `apis/triggers/schemas/accountscollectedforaggregation.yaml#/properties/source/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountscollectedforaggregationSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountscollectedforaggregationSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountscollectedforaggregationSourceType::Source => "SOURCE",
            AccountscollectedforaggregationSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountscollectedforaggregationSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AccountscollectedforaggregationSourceType::Source,
            other => AccountscollectedforaggregationSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountscollectedforaggregationSourceType);
