//! `ScheduledattributesFrequency`, from `apis/workflows/schemas/scheduledattributes.yaml#/properties/frequency`.

/// Frequency of execution
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduledattributesFrequency {
    /// `daily`
    Daily,
    /// `weekly`
    Weekly,
    /// `monthly`
    Monthly,
    /// `yearly`
    Yearly,
    /// `cronSchedule`
    CronSchedule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduledattributesFrequency {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduledattributesFrequency::Daily => "daily",
            ScheduledattributesFrequency::Weekly => "weekly",
            ScheduledattributesFrequency::Monthly => "monthly",
            ScheduledattributesFrequency::Yearly => "yearly",
            ScheduledattributesFrequency::CronSchedule => "cronSchedule",
            ScheduledattributesFrequency::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduledattributesFrequency {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "daily" => ScheduledattributesFrequency::Daily,
            "weekly" => ScheduledattributesFrequency::Weekly,
            "monthly" => ScheduledattributesFrequency::Monthly,
            "yearly" => ScheduledattributesFrequency::Yearly,
            "cronSchedule" => ScheduledattributesFrequency::CronSchedule,
            other => ScheduledattributesFrequency::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduledattributesFrequency);
