//! `IdentityProfileIdentityErrorReportArguments`, from `apis/reports-data-extraction/schemas/identity-profile-identity-error-report-arguments.yaml`.

/// Arguments for Identity Profile Identity Error report (IDENTITY_PROFILE_IDENTITY_ERROR)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentityProfileIdentityErrorReportArguments {
    /// Source ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "authoritativeSource")]
    pub authoritative_source: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityProfileIdentityErrorReportArguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(authoritative_source: impl Into<String>) -> Self {
        IdentityProfileIdentityErrorReportArguments {
            authoritative_source: authoritative_source.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IdentityProfileIdentityErrorReportArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentityProfileIdentityErrorReportArguments {
    const NAME: &'static str = "IdentityProfileIdentityErrorReportArguments";

    #[inline]
    fn empty() -> Self {
        IdentityProfileIdentityErrorReportArguments {
            authoritative_source: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "authoritativeSource" => {
                self.authoritative_source = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
