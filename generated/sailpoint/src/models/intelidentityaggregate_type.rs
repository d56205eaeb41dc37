//! `IntelidentityaggregateType`, from `apis/intelligence/schemas/intelidentityaggregate.yaml#/properties/type`.

/// Identity type for the matched record.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelidentityaggregateType {
    /// `Human`
    Human,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelidentityaggregateType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelidentityaggregateType::Human => "Human",
            IntelidentityaggregateType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelidentityaggregateType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Human" => IntelidentityaggregateType::Human,
            other => IntelidentityaggregateType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelidentityaggregateType);
