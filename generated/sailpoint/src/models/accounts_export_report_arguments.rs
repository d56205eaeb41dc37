//! `AccountsExportReportArguments`, from `apis/reports-data-extraction/schemas/accounts-export-report-arguments.yaml`.

/// Arguments for Account Export report (ACCOUNTS)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountsExportReportArguments {
    /// Source ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub application: String,
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountsExportReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(application: impl Into<String>, source_name: impl Into<String>) -> Self {
        AccountsExportReportArguments {
            application: application.into(),
            source_name: source_name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountsExportReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountsExportReportArguments {
    const NAME: &'static str = "AccountsExportReportArguments";

    #[inline]
    fn empty() -> Self {
        AccountsExportReportArguments {
            application: Default::default(),
            source_name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "application" => {
                self.application = map.next_value_seed(crate::lenient::Text)?;
            }
            "sourceName" => self.source_name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
