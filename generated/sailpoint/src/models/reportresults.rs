//! `Reportresults`, from `apis/reports-data-extraction/schemas/reportresults.yaml`.

use crate::models::{
    ReportresultsAvailableFormatsInner, ReportresultsReportType, ReportresultsStatus,
};

/// Details about report result or current state.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reportresults {
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", skip_serializing_if = "Option::is_none")]
    pub report_type: Option<ReportresultsReportType>,
    /// Name of the task definition which is started to process requesting report. Usually the same as report name
    #[serde(rename = "taskDefName", skip_serializing_if = "Option::is_none")]
    pub task_def_name: Option<String>,
    /// Unique task definition identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Report processing start date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Report current state or result status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ReportresultsStatus>,
    /// Report processing time in ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Report size in rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<i64>,
    /// Output report file formats. This are formats for calling get endpoint as a query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    #[serde(rename = "availableFormats", skip_serializing_if = "Option::is_none")]
    pub available_formats: Option<Vec<ReportresultsAvailableFormatsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reportresults {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Reportresults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reportresults {
    const NAME: &'static str = "Reportresults";

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
            "taskDefName" => {
                self.task_def_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "status" => self.status = map.next_value()?,
            "duration" => self.duration = map.next_value()?,
            "rows" => self.rows = map.next_value()?,
            "availableFormats" => self.available_formats = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
