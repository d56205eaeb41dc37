//! `UpdateSourceScheduleV1ScheduleType`, from `apis/sources/paths/sources-v1-by-sourceid-schedules-by-scheduletype.yaml#/patch/parameters/1/schema`.

/// `UpdateSourceScheduleV1ScheduleType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateSourceScheduleV1ScheduleType {
    /// `ACCOUNT_AGGREGATION`
    AccountAggregation,
    /// `GROUP_AGGREGATION`
    GroupAggregation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdateSourceScheduleV1ScheduleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UpdateSourceScheduleV1ScheduleType::AccountAggregation => {
                "ACCOUNT_AGGREGATION"
            }
            UpdateSourceScheduleV1ScheduleType::GroupAggregation => "GROUP_AGGREGATION",
            UpdateSourceScheduleV1ScheduleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateSourceScheduleV1ScheduleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_AGGREGATION" => {
                UpdateSourceScheduleV1ScheduleType::AccountAggregation
            }
            "GROUP_AGGREGATION" => UpdateSourceScheduleV1ScheduleType::GroupAggregation,
            other => UpdateSourceScheduleV1ScheduleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UpdateSourceScheduleV1ScheduleType);
