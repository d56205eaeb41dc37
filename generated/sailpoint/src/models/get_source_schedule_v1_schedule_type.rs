//! `GetSourceScheduleV1ScheduleType`, from `apis/sources/paths/sources-v1-by-sourceid-schedules-by-scheduletype.yaml#/get/parameters/1/schema`.

/// `GetSourceScheduleV1ScheduleType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSourceScheduleV1ScheduleType {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetSourceScheduleV1ScheduleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetSourceScheduleV1ScheduleType::AccountAggregation => "ACCOUNT_AGGREGATION",
            GetSourceScheduleV1ScheduleType::GroupAggregation => "GROUP_AGGREGATION",
            GetSourceScheduleV1ScheduleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSourceScheduleV1ScheduleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => GetSourceScheduleV1ScheduleType::AccountAggregation,
            "GROUP_AGGREGATION" => GetSourceScheduleV1ScheduleType::GroupAggregation,
            other => GetSourceScheduleV1ScheduleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetSourceScheduleV1ScheduleType);
