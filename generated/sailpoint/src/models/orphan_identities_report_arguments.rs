//! `OrphanIdentitiesReportArguments`, from `apis/reports-data-extraction/schemas/orphan-identities-report-arguments.yaml`.

use crate::models::OrphanIdentitiesReportArgumentsSelectedFormatsInner;

/// Arguments for Orphan Identities report (ORPHAN_IDENTITIES)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct OrphanIdentitiesReportArguments {
    /// Output report file formats. These are formats for calling GET endpoint as query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    #[serde(rename = "selectedFormats", skip_serializing_if = "Option::is_none")]
    pub selected_formats: Option<
        Vec<OrphanIdentitiesReportArgumentsSelectedFormatsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OrphanIdentitiesReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for OrphanIdentitiesReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for OrphanIdentitiesReportArguments {
    const NAME: &'static str = "OrphanIdentitiesReportArguments";

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
            "selectedFormats" => self.selected_formats = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
