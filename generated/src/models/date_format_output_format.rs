//! `DateFormatOutputFormat`, from `v3/schemas/transforms/DateFormat.yaml#/properties/outputFormat`.

use crate::models::{NamedConstructs, SimpleDateFormat};

/// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
///
/// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DateFormatOutputFormat {
    NamedConstructs(NamedConstructs),
    SimpleDateFormat(SimpleDateFormat),
}

impl From<NamedConstructs> for DateFormatOutputFormat {
    fn from(value: NamedConstructs) -> Self {
        DateFormatOutputFormat::NamedConstructs(value)
    }
}

impl From<SimpleDateFormat> for DateFormatOutputFormat {
    fn from(value: SimpleDateFormat) -> Self {
        DateFormatOutputFormat::SimpleDateFormat(value)
    }
}
