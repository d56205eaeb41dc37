//! `IdentitiesReportArguments`, from `apis/reports-data-extraction/schemas/identities-report-arguments.yaml`.

/// Arguments for Identities report (IDENTITIES)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentitiesReportArguments {
    /// Flag to specify if only correlated identities are included in report.
    #[serde(rename = "correlatedOnly", skip_serializing_if = "Option::is_none")]
    pub correlated_only: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitiesReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for IdentitiesReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentitiesReportArguments {
    const NAME: &'static str = "IdentitiesReportArguments";

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
            "correlatedOnly" => {
                self.correlated_only = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
