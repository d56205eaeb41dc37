//! `Campaignalert`, from `apis/certification-campaigns/schemas/campaignalert.yaml`.

use crate::models::{CampaignalertLevel, Errormessagedto};

/// `Campaignalert` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaignalert {
    /// Denotes the level of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<CampaignalertLevel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localizations: Option<Vec<Errormessagedto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaignalert {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Campaignalert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaignalert {
    const NAME: &'static str = "Campaignalert";

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
            "level" => self.level = map.next_value()?,
            "localizations" => self.localizations = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
