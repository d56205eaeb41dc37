//! `Reportdetails`, from `apis/reports-data-extraction/schemas/reportdetails.yaml`.

use crate::models::{ReportdetailsArguments, ReportdetailsReportType};

/// Details about report to be processed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reportdetails {
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", skip_serializing_if = "Option::is_none")]
    pub report_type: Option<ReportdetailsReportType>,
    /// The string-object map(dictionary) with the arguments needed for report processing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<ReportdetailsArguments>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reportdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Reportdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reportdetails {
    const NAME: &'static str = "Reportdetails";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "reportType" => self.report_type = map.next_value()?,
            "arguments" => self.arguments = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
