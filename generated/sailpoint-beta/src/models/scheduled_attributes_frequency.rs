//! `ScheduledAttributesFrequency`, from `beta/schemas/workflows/trigger-attributes/ScheduledAttributes.yaml#/properties/frequency`.

/// Frequency of execution
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduledAttributesFrequency {
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

impl ScheduledAttributesFrequency {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduledAttributesFrequency::Daily => "daily",
            ScheduledAttributesFrequency::Weekly => "weekly",
            ScheduledAttributesFrequency::Monthly => "monthly",
            ScheduledAttributesFrequency::Yearly => "yearly",
            ScheduledAttributesFrequency::CronSchedule => "cronSchedule",
            ScheduledAttributesFrequency::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduledAttributesFrequency {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "daily" => ScheduledAttributesFrequency::Daily,
            "weekly" => ScheduledAttributesFrequency::Weekly,
            "monthly" => ScheduledAttributesFrequency::Monthly,
            "yearly" => ScheduledAttributesFrequency::Yearly,
            "cronSchedule" => ScheduledAttributesFrequency::CronSchedule,
            other => ScheduledAttributesFrequency::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduledAttributesFrequency);
