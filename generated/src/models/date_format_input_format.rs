//! `DateFormatInputFormat`, from `v3/schemas/transforms/DateFormat.yaml#/properties/inputFormat`.

use crate::models::{NamedConstructs, SimpleDateFormat};

/// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
///
/// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DateFormatInputFormat {
    NamedConstructs(NamedConstructs),
    SimpleDateFormat(SimpleDateFormat),
}

impl From<NamedConstructs> for DateFormatInputFormat {
    fn from(value: NamedConstructs) -> Self {
        DateFormatInputFormat::NamedConstructs(value)
    }
}

impl From<SimpleDateFormat> for DateFormatInputFormat {
    fn from(value: SimpleDateFormat) -> Self {
        DateFormatInputFormat::SimpleDateFormat(value)
    }
}
