//! `IntelidentityaggregateSubtype`, from `apis/intelligence/schemas/intelidentityaggregate.yaml#/properties/subtype`.

/// NERM classification for the identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelidentityaggregateSubtype {
    /// `Employee`
    Employee,
    /// `Non Employee`
    NonEmployee,
    /// `Cannot Determine`
    CannotDetermine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelidentityaggregateSubtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelidentityaggregateSubtype::Employee => "Employee",
            IntelidentityaggregateSubtype::NonEmployee => "Non Employee",
            IntelidentityaggregateSubtype::CannotDetermine => "Cannot Determine",
            IntelidentityaggregateSubtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelidentityaggregateSubtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Employee" => IntelidentityaggregateSubtype::Employee,
            "Non Employee" => IntelidentityaggregateSubtype::NonEmployee,
            "Cannot Determine" => IntelidentityaggregateSubtype::CannotDetermine,
            other => IntelidentityaggregateSubtype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelidentityaggregateSubtype);
