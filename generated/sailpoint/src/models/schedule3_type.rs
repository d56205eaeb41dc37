//! `Schedule3Type`, from `apis/sources/schemas/schedule-3.yaml#/properties/type`.

/// The type of the Schedule.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Schedule3Type {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Schedule3Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Schedule3Type::AccountAggregation => "ACCOUNT_AGGREGATION",
            Schedule3Type::GroupAggregation => "GROUP_AGGREGATION",
            Schedule3Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for Schedule3Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => Schedule3Type::AccountAggregation,
            "GROUP_AGGREGATION" => Schedule3Type::GroupAggregation,
            other => Schedule3Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Schedule3Type);
