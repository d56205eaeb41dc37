//! `ActivateCampaignOptions`, from `beta/schemas/ActivateCampaignOptions.yaml`.

/// `ActivateCampaignOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivateCampaignOptions {
    /// The timezone must be in a valid ISO 8601 format. Timezones in ISO 8601 are represented as UTC (represented as 'Z') or as an offset from UTC. The offset format can be +/-hh:mm, +/-hhmm, or +/-hh.
    #[serde(
        rename = "timeZone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub time_zone: Option<String>,
}

impl ActivateCampaignOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ActivateCampaignOptions {
            time_zone: None,
        }
    }
}
