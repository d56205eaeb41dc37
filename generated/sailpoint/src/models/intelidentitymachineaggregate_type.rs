//! `IntelidentitymachineaggregateType`, from `apis/intelligence/schemas/intelidentitymachineaggregate.yaml#/properties/type`.

/// Identity type for the matched record.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelidentitymachineaggregateType {
    /// `NHI`
    Nhi,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelidentitymachineaggregateType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelidentitymachineaggregateType::Nhi => "NHI",
            IntelidentitymachineaggregateType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelidentitymachineaggregateType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NHI" => IntelidentitymachineaggregateType::Nhi,
            other => IntelidentitymachineaggregateType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelidentitymachineaggregateType);
