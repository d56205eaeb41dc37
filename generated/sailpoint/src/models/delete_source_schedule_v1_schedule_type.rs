//! `DeleteSourceScheduleV1ScheduleType`, from `apis/sources/paths/sources-v1-by-sourceid-schedules-by-scheduletype.yaml#/delete/parameters/1/schema`.

/// `DeleteSourceScheduleV1ScheduleType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteSourceScheduleV1ScheduleType {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteSourceScheduleV1ScheduleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteSourceScheduleV1ScheduleType::AccountAggregation => {
                "ACCOUNT_AGGREGATION"
            }
            DeleteSourceScheduleV1ScheduleType::GroupAggregation => "GROUP_AGGREGATION",
            DeleteSourceScheduleV1ScheduleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteSourceScheduleV1ScheduleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => {
                DeleteSourceScheduleV1ScheduleType::AccountAggregation
            }
            "GROUP_AGGREGATION" => DeleteSourceScheduleV1ScheduleType::GroupAggregation,
            other => DeleteSourceScheduleV1ScheduleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteSourceScheduleV1ScheduleType);
