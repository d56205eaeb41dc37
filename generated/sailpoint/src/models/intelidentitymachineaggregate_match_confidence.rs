//! `IntelidentitymachineaggregateMatchConfidence`, from `apis/intelligence/schemas/intelidentitymachineaggregate.yaml#/properties/matchConfidence`.

/// Match quality for opaque prefix resolution; omitted for direct id eq and exact opaque matches.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelidentitymachineaggregateMatchConfidence {
    /// `exact`
    Exact,
    /// `partial`
    Partial,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelidentitymachineaggregateMatchConfidence {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelidentitymachineaggregateMatchConfidence::Exact => "exact",
            IntelidentitymachineaggregateMatchConfidence::Partial => "partial",
            IntelidentitymachineaggregateMatchConfidence::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelidentitymachineaggregateMatchConfidence {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "exact" => IntelidentitymachineaggregateMatchConfidence::Exact,
            "partial" => IntelidentitymachineaggregateMatchConfidence::Partial,
            other => {
                IntelidentitymachineaggregateMatchConfidence::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(IntelidentitymachineaggregateMatchConfidence);
