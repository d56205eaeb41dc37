//! `DateFormat`, from `v3/schemas/transforms/DateFormat.yaml`.

use crate::models::{
    DateFormatInputFormat, DateFormatOutputFormat, Input, RequiresPeriodicRefresh,
};

/// `DateFormat` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DateFormat {
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "inputFormat", default, skip_serializing_if = "Option::is_none")]
    pub input_format: Option<DateFormatInputFormat>,
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "outputFormat", default, skip_serializing_if = "Option::is_none")]
    pub output_format: Option<DateFormatOutputFormat>,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DateFormat {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DateFormat {
            input_format: None,
            output_format: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
