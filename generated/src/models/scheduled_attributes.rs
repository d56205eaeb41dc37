//! `ScheduledAttributes`, from `beta/schemas/workflows/trigger-attributes/ScheduledAttributes.yaml`.

use crate::models::ScheduledAttributesFrequency;

/// Attributes related to a scheduled trigger
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduledAttributes {
    /// Frequency of execution
    #[serde(default)]
    pub frequency: Option<ScheduledAttributesFrequency>,
    /// Time zone identifier
    #[serde(
        rename = "timeZone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub time_zone: Option<String>,
    /// A valid CRON expression
    #[serde(
        rename = "cronString",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cron_string: Option<String>,
    /// Scheduled days of the week for execution
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(
        rename = "weeklyDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option"
    )]
    pub weekly_days: Option<Vec<String>>,
    /// Scheduled execution times
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(
        rename = "weeklyTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option"
    )]
    pub weekly_times: Option<Vec<String>>,
    /// Scheduled execution times
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(
        rename = "yearlyTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option"
    )]
    pub yearly_times: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ScheduledAttributes {
            frequency: None,
            time_zone: None,
            cron_string: None,
            weekly_days: None,
            weekly_times: None,
            yearly_times: None,
            additional_properties: Default::default(),
        }
    }
}
