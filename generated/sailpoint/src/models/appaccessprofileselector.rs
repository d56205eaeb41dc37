//! `Appaccessprofileselector`, from `apis/apps/schemas/appaccessprofileselector.yaml`.

use crate::models::AppaccessprofileselectorAccountMatchConfig;

/// `Appaccessprofileselector` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Appaccessprofileselector {
    /// The application id
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    #[serde(rename = "accountMatchConfig", skip_serializing_if = "Option::is_none")]
    pub account_match_config: Option<AppaccessprofileselectorAccountMatchConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Appaccessprofileselector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Appaccessprofileselector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Appaccessprofileselector {
    const NAME: &'static str = "Appaccessprofileselector";

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
            "applicationId" => {
                self.application_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountMatchConfig" => self.account_match_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
