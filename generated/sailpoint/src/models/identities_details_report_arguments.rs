//! `IdentitiesDetailsReportArguments`, from `apis/reports-data-extraction/schemas/identities-details-report-arguments.yaml`.

/// Arguments for Identities Details report (IDENTITIES_DETAILS)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentitiesDetailsReportArguments {
    /// Flag to specify if only correlated identities are included in report.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "correlatedOnly")]
    pub correlated_only: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitiesDetailsReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(correlated_only: bool) -> Self {
        IdentitiesDetailsReportArguments {
            correlated_only,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IdentitiesDetailsReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentitiesDetailsReportArguments {
    const NAME: &'static str = "IdentitiesDetailsReportArguments";

    #[inline]
    fn empty() -> Self {
        IdentitiesDetailsReportArguments {
            correlated_only: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "correlatedOnly" => {
                self.correlated_only = map.next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
